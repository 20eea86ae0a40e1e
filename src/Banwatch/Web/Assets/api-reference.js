// The interactive API reference: Scalar (its bundle is served by Scalar.AspNetCore from NuGet) over our OpenAPI document.
// Loaded as a file, not inline, so the Content-Security-Policy needs no exception for it.
"use strict";

const root = document.getElementById("api-reference");
Scalar.createApiReference(root, {
  url: root.dataset.openapi,
  telemetry: false,
  withDefaultFonts: false,
  showDeveloperTools: "never",
  agent: { disabled: true },
  metaData: { title: "Banwatch API" },
});
