using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace Banwatch.Core;

/// <summary>
/// The one spelling of enum values outside the process (CSV, JSON, SQL, CLI): snake_case, unless a member
/// carries a <see cref="WireAttribute"/> with a spelling of its own. Parsing also accepts kebab-case, since
/// people and older files write both.
/// </summary>
public static class WireName
{
    public static string Of<T>(T value)
        where T : struct, Enum => Of((Enum)value);

    /// <summary>Spellings already worked out: reflection per call was a measurable part of writing extraction rows.</summary>
    private static readonly ConcurrentDictionary<Enum, string> Spellings = new();

    public static string Of(Enum value) => Spellings.GetOrAdd(value, Spell);

    private static string Spell(Enum value)
    {
        var name = value.ToString();
        if (value.GetType().GetField(name)?.GetCustomAttribute<WireAttribute>() is { } wire)
        {
            return wire.Name;
        }

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

    /// <summary>Whether any member of the enum is spelled by a <see cref="WireAttribute"/> rather than by rule.</summary>
    public static bool HasOwnSpellings(Type enumType) =>
        enumType.IsEnum && enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsDefined(typeof(WireAttribute)));

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wanted = Comparable(text);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Comparable(Of(candidate)), wanted, StringComparison.OrdinalIgnoreCase))
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

    private static string Comparable(string text) => text.Trim().Replace('-', '_');
}

/// <summary>
/// A wire spelling that the snake_case rule would not give, for names fixed outside Banwatch
/// (the obligation kinds are "stockpile-destruction", as the issue and the ISU write them).
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WireAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
