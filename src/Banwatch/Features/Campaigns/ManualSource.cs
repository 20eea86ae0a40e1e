using Banwatch.Core.Failures;
using Banwatch.Core.Provenance;

namespace Banwatch.Features.Campaigns;

/// <summary>What people add by hand to the campaign record names its source as a web address a reader can open.</summary>
public static class ManualSource
{
    public static Source Parse(string? text, Field what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{what}: every fact needs its source (an http or https URL)");
        }

        try
        {
            return Source.Parse(SourceUrl.Parse(text).Value);
        }
        catch (FormatException e)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{what}: {e.Message}");
        }
    }
}
