namespace Banwatch.Features.Campaigns;

/// <summary>What people add by hand names its source as a web address a reader can open.</summary>
public static class SourceUrl
{
    public static string Check(string? text, string what)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            throw new UserInputException($"{what}: every fact needs its source (an http or https URL)");
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? value
            : throw new UserInputException($"{what}: '{value}' is not an http or https URL");
    }
}
