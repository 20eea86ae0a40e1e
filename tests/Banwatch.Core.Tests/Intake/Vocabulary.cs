using Banwatch.Core.Intake;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Microsoft.VisualBasic.FileIO;

namespace Banwatch.Core.Tests.Intake;

/// <summary>The shipped state names, read straight from data/ (Core tests do not use the storage layer).</summary>
public static class Vocabulary
{
    private static readonly Lazy<StateVocabulary> Shared = new(Load);

    public static StateVocabulary Instance => Shared.Value;

    private static StateVocabulary Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data");
        var source = Source.Parse("data/");
        var states = Rows(Path.Combine(folder, "states.csv"))
            .Select(r => new State(Iso3.Parse(r["iso3"]), r["iso2"], r["m49"], r["name"], r["formal_name"], UnStatus.Member, null, r["region"], null, source))
            .ToList();
        var aliases = Rows(Path.Combine(folder, "state_aliases.csv"))
            .Select(r => new StateAlias(Iso3.Parse(r["iso3"]), r["alias"], WireName.Parse<AliasKind>(r["kind"]), source))
            .ToList();
        return new StateVocabulary(states, aliases);
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            yield return header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        }
    }
}
