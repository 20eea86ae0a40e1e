using System.Diagnostics.CodeAnalysis;

namespace Banwatch.Core.States;

/// <summary>An ISO 3166-1 alpha-3 code: three upper-case ASCII letters, checked once at construction.</summary>
/// <remarks>Whether the code names a state Banwatch knows is the state table's concern, not this type's.</remarks>
public readonly record struct Iso3 : IComparable<Iso3>
{
    private Iso3(string value) => Value = value;

    public string Value { get; }

    public static Iso3 Parse(string text) =>
        TryParse(text, out var iso3)
            ? iso3
            : throw new FormatException($"'{text}' is not an ISO3 code (three letters A-Z).");

    public static bool TryParse([NotNullWhen(true)] string? text, out Iso3 iso3)
    {
        iso3 = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length != 3 || !trimmed.All(char.IsAsciiLetter))
        {
            return false;
        }

        iso3 = new Iso3(trimmed.ToUpperInvariant());
        return true;
    }

    public int CompareTo(Iso3 other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(Iso3 left, Iso3 right) => left.CompareTo(right) < 0;

    public static bool operator <=(Iso3 left, Iso3 right) => left.CompareTo(right) <= 0;

    public static bool operator >(Iso3 left, Iso3 right) => left.CompareTo(right) > 0;

    public static bool operator >=(Iso3 left, Iso3 right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value ?? "";
}
