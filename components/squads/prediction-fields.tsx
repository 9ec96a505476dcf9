"use client";
import { useState } from "react";
import { useKeptSelect } from "@/components/ui/use-kept-select";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

export type PredictionSetting = {
  model: "RIEGEL" | "DANIELS" | "CAMERON" | "PURDY";
  exponent: number;
};

const MODELS = [
  { value: "RIEGEL", label: "Riegel (exponent below)" },
  { value: "DANIELS", label: "Daniels-Gilbert VDOT" },
  { value: "CAMERON", label: "Cameron" },
  { value: "PURDY", label: "Purdy points" },
];

/**
 * The squad's prediction model for 5K suggestions (docs/coaching-rules.md, "Prediction models").
 * Controlled, so a refused save keeps what the coach chose (React resets uncontrolled fields
 * after a form action). The exponent stays visible: it is kept for Riegel whatever is chosen.
 */
export function PredictionFields({
  setting,
  errors,
}: {
  setting: PredictionSetting;
  errors: Record<string, string | undefined>;
}) {
  const [model, setModel] = useState<string>(setting.model);
  const modelRef = useKeptSelect(model);
  const [exponent, setExponent] = useState(setting.exponent.toFixed(2));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">5K suggestions</legend>
      <SelectField
        ref={modelRef}
        label="Prediction model"
        name="predictionModel"
        id="prediction-model"
        options={MODELS}
        value={model}
        onChange={(e) => setModel(e.target.value)}
        error={errors.predictionModel}
        hint="How a rep's time is read as a 5K time. Each suggestion names the model behind it."
      />
      <Field
        label="Riegel exponent"
        name="riegelExponent"
        id="riegel-exponent"
        type="number"
        inputMode="decimal"
        step="0.01"
        min="1"
        max="1.2"
        value={exponent}
        onChange={(e) => setExponent(e.target.value)}
        error={errors.riegelExponent}
        hint="1.06 is Riegel's own; higher assumes more slowing over longer races (1.00 to 1.20)."
      />
    </fieldset>
  );
}
