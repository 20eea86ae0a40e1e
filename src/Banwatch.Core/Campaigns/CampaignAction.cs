using Banwatch.Core.States;

namespace Banwatch.Core.Campaigns;

/// <summary>Something campaigners did about a state, and what is to follow. <paramref name="Done"/>: the follow-up was done that day.</summary>
public sealed record CampaignAction(
    long Id, Iso3 Iso3, ActionKind Kind, DateOnly Date, string Organisation, string? Contact, string Summary, string? Outcome, DateOnly? FollowUp, DateOnly? Done);

public enum ActionKind
{
    Letter,
    Meeting,
    Call,
    Event,
    Media,
    Other,
}
