using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;

namespace Banwatch.Features.Campaigns;

/// <summary>The target lists of a rules file on a date: the shipped data/targets.yaml unless another file is named.</summary>
public static class TargetsReport
{
    public const string DefaultRules = "targets.yaml";

    public static async Task<TargetLists> LoadAsync(BanwatchApp app, DateOnly asOf, string? rulesFile, CancellationToken ct = default)
    {
        var data = await CampaignData.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), ct);
        return Rules(app, data, rulesFile).Evaluate(data.Record, asOf);
    }

    /// <summary>Reads and checks the rules file; a missing file or a bad rule is one clear refusal naming the file (and line).</summary>
    public static TargetRules Rules(BanwatchApp app, CampaignData data, string? rulesFile)
    {
        var path = rulesFile ?? Path.Combine(app.DataFolder, DefaultRules);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BanwatchException(FailureKind.MissingFile, $"{new Field("rules")}: cannot read {path}: {e.Message}");
        }

        try
        {
            return TargetRulesFile.Parse(text, rulesFile ?? Path.Combine("data", DefaultRules), RuleVocabulary.Of(data.Record));
        }
        catch (RulesFileException e)
        {
            throw new BanwatchException(FailureKind.MalformedFile, $"the rules file is not usable; nothing was evaluated:{Environment.NewLine}{e.Message}");
        }
    }
}
