using Banwatch.Core.Failures;

namespace Banwatch.Data.Import;

/// <summary>One problem in a data file, located so a person can open the file and fix it.</summary>
public sealed record DataError(string File, int Line, string? Column, string Message)
{
    public override string ToString() =>
        Column is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: column '{Column}': {Message}";
}

/// <summary>The data files are not loadable; nothing was written. One line per problem, at most ten.</summary>
public sealed class ReferenceDataException(IReadOnlyList<DataError> errors)
    : BanwatchException(FailureKind.MalformedFile, $"{Describe(errors)}")
{
    public IReadOnlyList<DataError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<DataError> errors)
    {
        const int shown = 10;
        var lines = errors.Take(shown).Select(e => e.ToString()).Prepend("the reference data cannot be loaded; nothing was changed:").ToList();
        if (errors.Count > shown)
        {
            lines.Add($"... and {errors.Count - shown} more");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
