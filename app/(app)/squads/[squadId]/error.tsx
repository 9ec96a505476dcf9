"use client";

// This segment fetches: its own boundary keeps the header and navigation up when it fails.
export { default } from "@/app/(app)/error";
