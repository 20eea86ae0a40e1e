using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Banwatch.Pages.ApiReference;

/// <summary>
/// The API reference as a plain page, rendered on the server from the same OpenAPI document clients read, so it
/// reads without JavaScript and prints; the interactive reference (Scalar) is one link away.
/// </summary>
public sealed class IndexModel : PageModel
{
    public OpenApiDocument Document { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Document = await HttpContext.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(WebApp.OpenApiDocument).GetOpenApiDocumentAsync(ct);

    /// <summary>"string (date)", "integer", "one of: json, csv".</summary>
    public static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return "";
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return "one of: " + string.Join(", ", values.Select(v => v?.ToString().Trim('"')));
        }

        var type = schema.Type is { } t ? string.Join(" or ", Enum.GetValues<JsonSchemaType>().Where(f => f != JsonSchemaType.Null && t.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant())) : "";
        return schema.Format is { Length: > 0 } format ? $"{type} ({format})" : type;
    }
}
