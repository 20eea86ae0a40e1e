using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;

namespace Banwatch.Features.Campaigns;

/// <summary>Briefing packs for one state, or for every state of a target group on the day.</summary>
public static class Briefs
{
    public static async Task<IReadOnlyList<BriefingPack>> ForStateAsync(BanwatchApp app, string state, DateOnly asOf, CancellationToken ct = default)
    {
        var data = await CampaignData.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), ct);
        var s = data.Catalog.Resolve(state);
        var lists = TargetsReport.Rules(app, data, null).Evaluate(data.Record, asOf);
        return [await BriefingPack.LoadAsync(app, data, s, asOf, BriefingPack.Briefs(app), GroupsOf(lists, s.Iso3.Value), ct)];
    }

    public static async Task<IReadOnlyList<BriefingPack>> ForGroupAsync(BanwatchApp app, string group, DateOnly asOf, string? rulesFile, CancellationToken ct = default)
    {
        var data = await CampaignData.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), ct);
        var lists = TargetsReport.Rules(app, data, rulesFile).Evaluate(data.Record, asOf);
        var target = lists.Group(group) ?? throw new BanwatchException(FailureKind.Invalid, $"{new Field("group")}: no group '{group}' in {lists.Rules} (groups: {string.Join(", ", lists.Groups.Select(g => g.Name))})");
        var briefs = BriefingPack.Briefs(app);
        var packs = new List<BriefingPack>();
        foreach (var s in target.States)
        {
            packs.Add(await BriefingPack.LoadAsync(app, data, data.Catalog.Names[Core.States.Iso3.Parse(s.Iso3)], asOf, briefs, GroupsOf(lists, s.Iso3), ct));
        }

        return packs;
    }

    private static IReadOnlyList<string> GroupsOf(TargetLists lists, string iso3) =>
        [.. lists.Groups.Where(g => g.States.Any(s => s.Iso3 == iso3)).Select(g => g.Name)];
}
