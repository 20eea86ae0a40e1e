using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Banwatch.Web;

/// <summary>
/// What the OpenAPI document says about access, from the same rules <see cref="AccessGate"/> applies: API tokens are
/// sent as <c>Authorization: Bearer</c>; a read is open to all (unless the server is private, then any token will do),
/// a write needs a token of write scope whose owner is an editor, and /api/admin needs an admin's token for reads too.
/// Each operation's security requirement names the scope it needs, and it lists the 401 and 403 it can answer.
/// </summary>
public static class OpenApiSecurity
{
    public const string Scheme = "bearer";

    public static void AddTo(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API token (`banwatch tokens create --user NAME --scope read|write`), shown once when made. Its scope, read or write, is listed on each operation; a write also needs its owner to be an editor or admin.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var path = "/" + context.Description.RelativePath;
            var admin = path.StartsWith("/api/admin", StringComparison.Ordinal);
            var write = WriteAccess.IsWrite(context.Description.HttpMethod ?? "GET");
            var scheme = new OpenApiSecuritySchemeReference(Scheme, context.Document);
            operation.Security ??= [];
            if (!write && !admin)
            {
                // Optional: an empty requirement means anyone may call it; a private server wants a token of either scope.
                operation.Security.Add(new OpenApiSecurityRequirement());
            }

            operation.Security.Add(new OpenApiSecurityRequirement { [scheme] = [write ? "write" : "read"] });
            var who = admin ? "an admin" : write ? "an editor or admin" : null;
            operation.Description = string.Join(
                " ",
                new[]
                {
                    operation.Description,
                    who is null
                        ? "Open to all; on a private server (serve --private), a token of read or write scope."
                        : $"Needs a token of {(write ? "write" : "read or write")} scope (or a signed-in session) whose owner is {who}.",
                }.Where(s => !string.IsNullOrEmpty(s)));
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid token or session: unknown, revoked or expired token, disabled account, or none given where one is needed (kind: unauthenticated)" });
            if (who is not null)
            {
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The token's scope or its owner's role does not allow this: it needs {who} (kind: forbidden)" });
            }

            return Task.CompletedTask;
        });
    }
}
