// Response schemas of the legal desk's routes (orders and disclosures); the dashboard types its calls as Static<typeof …> of these.
import { Type, type Static } from '@sinclair/typebox';

// The registers' records are nested data of our own making: declared as open objects so the serializer keeps them whole.
export const Open = Type.Object({}, { additionalProperties: true });
export const OrderView = Type.Object({
  id: Type.String(), kind: Type.String(), reference: Type.String(), status: Type.String(), receivedAt: Type.String(), dueAt: Type.String(),
  msLeft: Type.Number(), issuer: Open, legalBasis: Type.String(), provision: Type.String(), unlawfulAct: Type.Union([Type.String(), Type.Null()]),
  warnings: Type.Array(Type.String()), checklist: Type.Array(Type.Object({ id: Type.String(), ok: Type.Boolean(), text: Type.String() })),
  scope: Open, confidential: Type.Optional(Type.Boolean()), deferNotice: Type.Optional(Type.Boolean()),
  compliedAt: Type.Union([Type.String(), Type.Null()]), compliedBy: Type.Union([Type.String(), Type.Null()]),
  confirmation: Type.Optional(Type.Union([Open, Type.Null()])), outcome: Type.Optional(Type.Union([Type.Array(Open), Type.Null()])),
  exports: Type.Optional(Type.Array(Open)), createdAt: Type.String(),
});
export const One = Type.Object({ order: OrderView });
export const Many = Type.Object({ orders: Type.Array(OrderView) });
export const Export = Type.Object({
  manifest: Type.Object({ files: Type.Array(Type.Object({ path: Type.String(), sha256: Type.String() })) }),
  files: Type.Array(Type.Object({ path: Type.String(), sha256: Type.String(), content: Type.String() })),
});
export type OrderViewT = Static<typeof OrderView>;
export type DisclosureExportT = Static<typeof Export>;
