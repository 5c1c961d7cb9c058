/** Shapes of GET /models and the train/evaluate/activate answers (src/drivers/http/routes/model-routes.ts). */

export type ModelTask = "intent" | "sentiment";

export interface ModelEvaluation {
  split: "held-out" | "custom";
  /** Label of each row (actual) and column (predicted) of `confusion`. */
  labels: string[];
  accuracy: number;
  macroPrecision: number;
  macroRecall: number;
  macroF1: number;
  total: number;
  perClass: { precision: number; recall: number; f1: number; support: number }[];
  confusion: number[][];
  meanMillis?: number;
}

export interface ModelVersion {
  id: string;
  active: boolean;
  meta: {
    task: ModelTask;
    labels: string[];
    createdAt: string;
    trainingExamples: number;
    trainMillis: number;
    source: string;
    metrics: {
      accuracy: number;
      macroPrecision: number;
      macroRecall: number;
      macroF1: number;
      split: string;
      examples: number;
    }[];
  };
  evaluation?: ModelEvaluation;
}

export interface ModelList {
  models: { task: ModelTask; activeVersion: string | null; versions: ModelVersion[] }[];
}

/** A labelled example for evaluation. */
export interface LabelledExample {
  text: string;
  label: string;
}

/** Answer of POST /models/:task/versions/:version/activate. */
export interface ModelActivation {
  task: ModelTask;
  activeVersion: string;
  /** The running bot switched to the version without a restart. */
  live: boolean;
  appliesAfterRestart: boolean;
}
