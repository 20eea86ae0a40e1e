using System.Globalization;

namespace Banwatch.Core.Failures;

/// <summary>
/// An input a message refers to, by its wire name ("as_of"). Each entry point shows it in its own words:
/// the CLI as an option (`--as-of`), the API as the query parameter (`as_of`); see <see cref="FieldStyle"/>.
/// </summary>
public readonly record struct Field(string Name) : IFormattable
{
    /// <summary>The field behind a CLI option: "--due-within" is "due_within".</summary>
    public static Field FromOption(string option) => new(option.TrimStart('-').Replace('-', '_'));

    public override string ToString() => Name;

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        formatProvider is FieldStyle style ? style.Show(this) : Name;
}

/// <summary>How an entry point names fields in its messages; everything else formats as the invariant culture does.</summary>
public sealed class FieldStyle(Func<Field, string> show) : IFormatProvider
{
    /// <summary>As the API and web forms take them: as_of.</summary>
    public static readonly FieldStyle Web = new(f => f.Name);

    /// <summary>As the command line takes them: --as-of.</summary>
    public static readonly FieldStyle Cli = new(f => "--" + f.Name.Replace('_', '-'));

    public string Show(Field field) => show(field);

    public object? GetFormat(Type? formatType) => CultureInfo.InvariantCulture.GetFormat(formatType);
}
