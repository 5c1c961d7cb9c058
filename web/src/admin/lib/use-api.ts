import { useCallback, useEffect, useState } from "react";
import { ApiError, apiRequest } from "./api-client.js";

/** The state of one GET: data once loaded, the error otherwise, and a way to fetch again. */
export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Fetches `path` (skipped when null) and again whenever it changes; stale answers are dropped. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    setLoading(true);
    setError(undefined);
    // generation is read so that reload() refetches the same path.
    void generation;
    apiRequest<T>("GET", path)
      .then((value) => {
        if (current) setData(value);
      })
      .catch((err: unknown) => {
        if (current) setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [path, generation]);

  return { data, error, loading, reload };
}
