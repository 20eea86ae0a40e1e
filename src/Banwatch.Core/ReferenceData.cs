using Banwatch.Core.Campaigns;
using Banwatch.Core.Obligations;
using Banwatch.Core.Process;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Core;

/// <summary>The shipped reference data, parsed and cross-checked, ready to be stored as one unit.</summary>
/// <param name="ContentHash">Hash of the files it was read from: loading the same content twice is a no-op.</param>
public sealed record ReferenceData(
    string ContentHash,
    IReadOnlyList<State> States,
    IReadOnlyList<StateAlias> Aliases,
    IReadOnlyList<TreatyEntry> Treaty,
    IReadOnlyList<TreatyEvent> Events,
    IReadOnlyList<EventFigure> Figures,
    IReadOnlyList<Declaration> Declarations,
    IReadOnlyList<Participation> Participation,
    IReadOnlyList<ObligationRecord> Obligations,
    IReadOnlyList<Article7Report> Reports,
    IReadOnlyList<CategoryList> CategoryLists,
    IReadOnlyList<CategoryEntry> CategoryEntries,
    IReadOnlyList<UngaResolution> UngaResolutions,
    IReadOnlyList<UngaVote> UngaVotes);
