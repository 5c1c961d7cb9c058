import type { z } from "zod";
import type * as K from "../../contract/canned-replies.js";
import type * as CH from "../../contract/channels-api.js";
import type * as C from "../../contract/console-api.js";
import type * as Settings from "../../contract/settings-api.js";
import type * as W from "../../contract/widget-api.js";
import type * as F from "../../contract/ws-frames.js";
import type { AvailabilitySettings } from "../../domain/availability/availability-settings.js";
import type { PlatformSyncStatus } from "../../domain/platform/platform-connection.js";
import type * as S from "./responses.js";
import type { CannedReplyListResponse } from "./routes/canned-reply-routes.js";
import type { ChannelsView } from "./routes/channel-routes.js";
import type { ClientFrame } from "./ws/ws-frames.js";

// Compile-time drift check: every response schema the server serializes must produce exactly the
// shape the shared contract (what the web parses) declares. `npm run typecheck` fails on drift.

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile unless T is `true`. */
type Check<T extends true> = T;
type Same<ServerSchema extends z.ZodType, Contract> = Equals<z.output<ServerSchema>, Contract>;
type Fits<A, B> = A extends B ? true : false;

export type ContractDrift = [
  Check<Same<typeof S.ShopperConversationResponse, W.OpenedConversation["conversation"]>>,
  Check<Same<typeof S.ShopperMessageResponse, W.PostedMessage["message"]>>,
  Check<Same<typeof S.ShopperMessageList, W.ShopperMessageList>>,
  Check<Same<typeof S.OkResponse, W.Ok>>,
  Check<Same<typeof S.OrderPage, W.OrderPage>>,
  Check<Same<typeof S.AttachmentUploadedResponse, W.AttachmentUploaded>>,
  Check<Same<typeof S.WidgetAvailabilityResponse, W.WidgetAvailability>>,
  Check<Same<typeof S.ConversationSummaryResponse, C.ConversationSummary>>,
  Check<Same<typeof S.ConversationDetailResponse, C.ConversationDetail>>,
  Check<Same<typeof S.CustomerDetailResponse, C.Customer360>>,
  Check<Same<typeof S.OrderDetailResponse, C.OrderDetail>>,
  Check<Same<typeof S.LoginResponse, C.LoginResponse>>,
  Check<Equals<PlatformSyncStatus, C.PlatformSyncStatus>>,
  Check<Same<typeof CannedReplyListResponse, K.CannedReplyList>>,
  Check<Same<typeof ChannelsView, CH.ChannelsView>>,
  Check<Same<typeof AvailabilitySettings, Settings.AvailabilitySettings>>,
  // Frames the server validates must all be frames the contract knows.
  Check<Fits<ClientFrame, F.ClientFrame>>,
];
