namespace Banwatch.Core.Campaigns;

/// <summary>One problem in a rules or briefs file, located so a person can open the file and fix it.</summary>
public sealed record RuleError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>A campaign file (target rules, issue briefs) that cannot be used; every problem is listed.</summary>
public sealed class RulesFileException(IReadOnlyList<RuleError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Take(10).Select(e => e.ToString())) + (errors.Count > 10 ? $"{Environment.NewLine}... and {errors.Count - 10} more" : ""))
{
    public IReadOnlyList<RuleError> Errors { get; } = errors;
}
