import { AttachmentUploaded } from "../../../src/contract/widget-api.js";
import { ApiError, newClientId } from "../shared/api-client.js";

/** What the file picker offers; the server still judges every file by its content. */
export const ACCEPTED_FILES = "image/jpeg,image/png,image/webp,image/gif,application/pdf";

/** Sends a file as the raw body of POST /widget/conversations/:id/attachments. */
export async function uploadAttachment(
  session: { conversationId: string; token: string },
  file: File,
): Promise<AttachmentUploaded> {
  const query = new URLSearchParams({ filename: file.name || "photo", clientMessageId: newClientId("f") });
  let response: Response;
  try {
    response = await fetch(`/api/v1/widget/conversations/${session.conversationId}/attachments?${query}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${session.token}`,
        "content-type": file.type || "application/octet-stream",
      },
      body: file,
    });
  } catch (err) {
    throw new ApiError(0, "NETWORK_ERROR", err instanceof Error ? err.message : "Network error");
  }
  if (!response.ok) {
    const text = await response.text();
    let code = `HTTP_${response.status}`;
    let message = response.statusText;
    let details: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === "object" && parsed !== null && "error" in parsed) {
        const e = parsed.error;
        if (typeof e === "object" && e !== null) {
          if ("code" in e && typeof e.code === "string") code = e.code;
          if ("message" in e && typeof e.message === "string") message = e.message;
          if ("details" in e && typeof e.details === "object" && e.details !== null) details = { ...e.details };
        }
      }
    } catch {
      // Not JSON: keep the status.
    }
    throw new ApiError(response.status, code, message, details);
  }
  return AttachmentUploaded.parse(JSON.parse(await response.text()));
}
