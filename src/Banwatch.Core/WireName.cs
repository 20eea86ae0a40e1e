using System.Text;

namespace Banwatch.Core;

/// <summary>
/// The one spelling of enum values outside the process (CSV, JSON, SQL, CLI): snake_case.
/// Parsing also accepts kebab-case, since people and older files write both.
/// </summary>
public static class WireName
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wanted = text.Trim().Replace('-', '_');
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    public static T Parse<T>(string? text)
        where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not one of: {string.Join(", ", All<T>())}");

    public static IEnumerable<string> All<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => Of(v));
}
