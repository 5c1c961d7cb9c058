import type { FieldCipher } from "../../../application/ports/field-cipher.js";
import type { ShopPlatform } from "../../../application/ports/shop-platform.js";
import type { PlatformWriteDeps } from "../../../application/use-cases/platform/platform-write-deps.js";
import type { PlatformCredentials } from "../../../domain/platform/platform-connection.js";

/** What the platform routes need: the write deps, the field cipher and an adapter factory. */
export interface PlatformRoutesDeps extends PlatformWriteDeps {
  cipher(): Promise<FieldCipher>;
  /** The adapter for some credentials (a connect checks them before they are saved). */
  createPlatform(credentials: PlatformCredentials): ShopPlatform;
}
