using System.Text;
using Banwatch.Core.States;

namespace Banwatch.Bench;

/// <summary>
/// Report-like text made up on the spot (no prose copied from anywhere): meeting summaries with state names,
/// demonyms, lists, figures and event names at about the density of the seed conference report (one state
/// name per ~180 bytes), so the scanners meet a realistic mix of capitalised words and names.
/// </summary>
public static class Corpus
{
    private static readonly string[] Openers =
    [
        "During the session", "In its statement", "At the closing plenary", "On the second day", "In the general exchange of views",
        "According to the summary", "In the discussion on definitions", "Later that afternoon", "In a joint statement", "At the side event",
    ];

    private static readonly string[] Verbs =
    [
        "called for a comprehensive ban without exceptions", "announced a national moratorium on the use of cluster munitions",
        "supported the draft text on victim assistance", "pushed for a transition period of several years",
        "raised concerns about interoperability in joint military operations", "reported that it had destroyed 1,200 submunitions this year",
        "completed the destruction of its stockpile", "pledged new funding for clearance", "co-chaired the working session on clearance",
        "said that its parliament had approved ratification", "welcomed the progress made since the Oslo Conference",
        "stressed the need for international cooperation and assistance",
    ];

    private static readonly string[] Fillers =
    [
        "The Coalition noted that the humanitarian evidence was clear.", "Survivors addressed the plenary on the needs of affected communities.",
        "The discussion text was revised overnight by the Friends of the President.", "Civil society organisations followed the negotiations closely.",
        "The Convention on Cluster Munitions requires each State Party to submit transparency reports under Article 7.",
        "Delegates met informally to discuss the remaining brackets in the text.", "Representatives from 122 states attended the Wellington Conference.",
        "More than 100 states endorsed the Wellington Declaration by the end of the week.", "The CMC released a briefing paper on failure rates.",
    ];

    public static string Generate(IReadOnlyList<State> states, IReadOnlyList<StateAlias> aliases, long targetBytes, int seed = 2008)
    {
        var random = new Random(seed);
        var names = states.Select(s => s.Name)
            .Concat(aliases.Where(a => a.Kind is AliasKind.Name or AliasKind.Alias or AliasKind.Abbreviation).Select(a => a.Alias))
            .Where(n => n.Length > 0 && char.IsUpper(n[0]))
            .Distinct()
            .ToArray();
        var demonyms = aliases.Where(a => a.Kind == AliasKind.Demonym).Select(a => a.Alias).ToArray();
        var sb = new StringBuilder((int)Math.Min(int.MaxValue / 2, targetBytes + 4096));
        while (sb.Length < targetBytes)
        {
            sb.Append("Meeting report ").Append(random.Next(1, 999)).Append("\n\n");
            for (var p = 0; p < 6; p++)
            {
                for (var s = 0; s < 5; s++)
                {
                    switch (random.Next(8))
                    {
                        case 0:
                            sb.Append(Openers[random.Next(Openers.Length)]).Append(", ").Append(Pick(names, random)).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(". ");
                            break;
                        case 1:
                            sb.Append("The ").Append(Pick(demonyms, random)).Append(" delegation ").Append(Verbs[random.Next(Verbs.Length)]).Append(". ");
                            break;
                        case 2:
                            sb.Append("States including ").Append(Pick(names, random)).Append(", ").Append(Pick(names, random)).Append(" and ").Append(Pick(names, random))
                                .Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(". ");
                            break;
                        default:
                            sb.Append(Fillers[random.Next(Fillers.Length)]).Append(' ').Append(Fillers[random.Next(Fillers.Length)]).Append(' ');
                            break;
                    }
                }

                sb.Append("\n\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>The texts of eval/docs (the project's own report-style documents), found from the working directory up.</summary>
    public static IReadOnlyList<string> EvalDocuments()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var docs = Path.Combine(dir.FullName, "eval", "docs");
            if (Directory.Exists(docs))
            {
                return [.. Directory.GetFiles(docs, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
            }
        }

        throw new DirectoryNotFoundException("eval/docs not found above the working directory: run from the repository");
    }

    /// <summary>The documents one after another, paragraph-separated, until the target size.</summary>
    public static string Repeat(IReadOnlyList<string> documents, long targetBytes)
    {
        var sb = new StringBuilder((int)Math.Min(int.MaxValue / 2, targetBytes + 4096));
        for (var i = 0; sb.Length < targetBytes; i++)
        {
            sb.Append(documents[i % documents.Count]).Append("\n\n");
        }

        return sb.ToString();
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
