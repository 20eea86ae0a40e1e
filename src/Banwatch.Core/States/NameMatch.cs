namespace Banwatch.Core.States;

/// <summary>A state found by <see cref="StateNames.Find"/>, with the name or alias that matched.</summary>
public sealed record NameMatch(State State, string MatchedName);
