using System.Text.Json.Nodes;
using Banwatch.Core;
using Banwatch.Core.Obligations;
using Banwatch.Core.Treaty;
using Banwatch.Features;
using Banwatch.Features.States;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Banwatch.Web;

/// <summary>
/// The API takes its query parameters as text and checks them itself, so that a bad value gets a one-line reason
/// (limit=abc: "limit: 'abc' is not a whole number from 1 to 1000") rather than the framework's bare 400. The
/// OpenAPI document still describes what each one takes: dates as format: date, numbers as integers with their
/// range, closed lists as enums. The same name means the same thing on every endpoint, except `status`. Every
/// operation also lists the problem+json answers of the error contract it can give.
/// </summary>
public static class OpenApiParameters
{
    private static readonly Dictionary<string, Func<OpenApiSchema>> ByName = new(StringComparer.Ordinal)
    {
        ["as_of"] = () => Date("The day to report on (YYYY-MM-DD); default today"),
        ["from"] = () => Date("First month (YYYY-MM-DD)"),
        ["to"] = () => Date("Last month (YYYY-MM-DD); default today"),
        ["limit"] = () => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = PageRequest.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), Description = "At most this many items" },
        ["offset"] = () => new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0", Description = "Skip this many items (paging.next_offset of the answer)" },
        ["format"] = () => Enum("Answer as JSON (default) or as CSV rows", "json", "csv"),
        ["review"] = () => Enum("Which facts", "pending", "accepted", "rejected", "all"),
        ["due_within"] = () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]+d?$", Description = "Due within this many days (90 or 90d)" },
        ["sort"] = () => Enum("Sort by a column; a leading - sorts descending", [.. StateSort.Columns.SelectMany(c => new[] { c, "-" + c })]),
    };

    public static void AddTo(OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var path = "/" + context.Description.RelativePath;
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var schema = parameter.Name == "status"
                ? path.StartsWith("/api/obligations", StringComparison.Ordinal) ? Enum<ObligationStatus>("Only obligations in this status") : Enum<TreatyStatus>("Only states in this status")
                : ByName.TryGetValue(parameter.Name ?? "", out var make) ? make() : null;
            if (schema is not null)
            {
                parameter.Schema = schema;
                parameter.Description ??= schema.Description;
            }
        }

        operation.Responses ??= [];
        if (operation.Parameters is { Count: > 0 } || operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("400", Problem("A value given is not usable; detail says which and why (kind: invalid)"));
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            operation.Responses.TryAdd("404", Problem("No such state, document or event (kind: not_found)"));
        }

        operation.Responses.TryAdd("503", Problem("The database cannot be reached (kind: unavailable)"));
        return Task.CompletedTask;
    });

    /// <summary>An error answer: RFC 9457 problem details with the contract's kind and, when one is to blame, the field.</summary>
    private static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                        ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One line saying what to fix" },
                        ["kind"] = Enum<Core.Failures.FailureKind>("The kind of failure (error contract)"),
                        ["field"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The query parameter to blame, if one is" },
                    },
                },
            },
        },
    };

    private static OpenApiSchema Date(string description) => new() { Type = JsonSchemaType.String, Format = "date", Description = description };

    private static OpenApiSchema Enum<T>(string description)
        where T : struct, System.Enum => Enum(description, [.. WireName.All<T>()]);

    private static OpenApiSchema Enum(string description, params string[] values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))], Description = description };
}
