using System.CommandLine;
using Banwatch.Features;

namespace Banwatch.Cli;

/// <summary>--limit and --offset for a long list, checked by <see cref="Page.Of"/> like the API's limit and offset.</summary>
public sealed class PageOptions
{
    private readonly int? _defaultLimit;

    /// <param name="defaultLimit">The page length without --limit; null shows the whole list unless --limit is given.</param>
    public PageOptions(int? defaultLimit)
    {
        _defaultLimit = defaultLimit;
        Limit = new Option<int?>("--limit")
        {
            HelpName = "N",
            Description = defaultLimit is { } d ? $"At most N items (1 to {Page.MaxLimit}; default {d})" : $"At most N items (1 to {Page.MaxLimit}; default all)",
        };
        Offset = new Option<int>("--offset") { HelpName = "N", Description = "Skip the first N items", DefaultValueFactory = _ => 0 };
    }

    public Option<int?> Limit { get; }

    public Option<int> Offset { get; }

    /// <summary>The page asked for; null (the whole list) when neither --limit nor a default limit is given.</summary>
    public Page? From(ParseResult parse)
    {
        var limit = parse.GetValue(Limit) ?? _defaultLimit;
        var offset = parse.GetValue(Offset);
        return limit is null && offset == 0 ? null : Page.Of(limit ?? Page.MaxLimit, offset);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Limit);
        command.Options.Add(Offset);
    }
}
