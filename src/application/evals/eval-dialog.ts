import { z } from "zod";
import { Locale } from "../../domain/locale.js";
import { AfterSalesKind } from "../../domain/shop/after-sales-request.js";
import { OrderStatus } from "../../domain/shop/order.js";

/** One shopper message, or paraphrases of it: repeat i of a pass^k run sends alternative i mod n. */
const Say = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** A fact some reply must state: one text, or alternatives of which any one will do. */
const Fact = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export type Fact = z.infer<typeof Fact>;

/** What the bot's replies to one step must (or must not) say, and in which language. */
export const ReplyExpectation = z
  .object({
    language: Locale.optional(),
    contains: z.array(Fact).default([]),
    lacks: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type ReplyExpectation = z.infer<typeof ReplyExpectation>;

/** A shopper turn with expectations on the replies it gets. */
const SayTurn = z.object({ say: Say, reply: ReplyExpectation.optional() }).strict();

/** Staff review the newest open request on an order between shopper turns (approve or reject). */
const StaffTurn = z
  .object({
    staff: z.enum(["approve", "reject"]),
    order: z.string().min(1),
    note: z.string().optional(),
    /** Expectations on what the conversation is told after the review. */
    reply: ReplyExpectation.optional(),
  })
  .strict();

export const DialogTurn = z.union([Say, SayTurn, StaffTurn]);
export type DialogTurn = z.infer<typeof DialogTurn>;

/** One address field: a value, or alternatives any of which is right ("IL" or "Illinois"). */
const FieldValue = z.union([z.string(), z.array(z.string()).min(1)]);

/** Expected address fields, compared ignoring case and spacing; fields left out are not checked. */
const AddressExpectation = z
  .object({
    line1: FieldValue,
    line2: FieldValue,
    city: FieldValue,
    state: FieldValue,
    zip: FieldValue,
    country: FieldValue,
  })
  .partial()
  .strict();

/** Expected end state of one order; fields left out are not checked. */
const OrderExpectation = z
  .object({
    status: OrderStatus.optional(),
    address: AddressExpectation.optional(),
    /** Payment method id of the order's newest payment. */
    paymentMethod: z.string().optional(),
    /** Variant ids of the order's items, in order. */
    items: z.array(z.string()).optional(),
  })
  .strict();

/** One after-sales request the dialog must have created; fields left out are not checked. */
const RequestExpectation = z
  .object({
    order: z.string().min(1),
    kind: AfterSalesKind,
    status: z.enum(["requested", "approved", "rejected", "completed"]).optional(),
    /** Item indexes (0-based) the request covers. */
    items: z.array(z.number().int().nonnegative()).optional(),
    newVariants: z.array(z.string()).optional(),
    /** Refund amount in cents (positive: the shopper gets money back). */
    amountCents: z.number().int().optional(),
    /** Payment method id the refund goes to. */
    refundTo: z.string().optional(),
    /** Payment method id a modify_payment request moved the order to. */
    paymentTo: z.string().optional(),
  })
  .strict();
export type RequestExpectation = z.infer<typeof RequestExpectation>;

/** Expected end state of a customer record. */
const CustomerExpectation = z
  .object({
    defaultAddress: AddressExpectation.optional(),
    /** Balance in cents of the customer's (first) gift card. */
    giftCardBalanceCents: z.number().int().nonnegative().optional(),
  })
  .strict();

export const DialogExpectation = z
  .object({
    /** Order id → its status at the end (the original format; `orders` can say more). */
    orderStatus: z.record(z.string(), z.string()).default({}),
    /** Order id → kinds of all after-sales requests on it at the end (seeded ones included). */
    requests: z.record(z.string(), z.array(z.string())).default({}),
    /** Texts some bot reply must contain (an array: any one of them). */
    replyFacts: z.array(Fact).default([]),
    /** Texts no bot reply may contain (disclosures, invented promises, untruthful outcomes). */
    replyLacks: z.array(z.string()).default([]),
    handoff: z.boolean().optional(),
    /** Order id → expected fields of the order at the end. */
    orders: z.record(z.string(), OrderExpectation).default({}),
    /** The requests the dialog created, exactly: every one listed must exist and no other may. */
    newRequests: z.array(RequestExpectation).optional(),
    /** Customer id → expected fields at the end. */
    customers: z.record(z.string(), CustomerExpectation).default({}),
    /** True: no order, customer or request differs from the seeded shop at the end. */
    unchanged: z.boolean().optional(),
    /** The conversation's status at the end: handoff means waiting for or talking to an agent. */
    conversation: z.enum(["bot", "resolved", "handoff"]).optional(),
    /** Language of every bot reply (per-turn `reply.language` overrides it for that turn). */
    language: Locale.optional(),
  })
  .strict();
export type DialogExpectation = z.infer<typeof DialogExpectation>;

/** Shop settings changed before the dialog starts, as an admin would. */
const DialogSetup = z
  .object({
    /** Fields of the shop policy that differ from the demo shop's (DEFAULT_POLICY); validated as a whole. */
    policy: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** A scripted conversation: shopper turns, the store's expected end state and what the replies must say. */
export const EvalDialog = z
  .object({
    id: z.string().min(1),
    locale: Locale,
    /** What the dialog checks, in one sentence (shown with its failures). */
    note: z.string().optional(),
    setup: DialogSetup.optional(),
    turns: z.array(DialogTurn).min(1),
    expect: DialogExpectation,
  })
  .strict();
export type EvalDialog = z.infer<typeof EvalDialog>;

/** A dialog file: its dialogs and an optional theme (the file name when unset). */
export const EvalDialogFile = z
  .object({
    theme: z.string().min(1).optional(),
    dialogs: z.array(EvalDialog).min(1),
  })
  .strict();
export type EvalDialogFile = z.infer<typeof EvalDialogFile>;
