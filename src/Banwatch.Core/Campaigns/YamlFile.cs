using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Banwatch.Core.Campaigns;

/// <summary>
/// Reading a YAML file people edit, node by node, recording every problem with its line and column instead of
/// stopping at the first (the way CsvImport reads data files).
/// </summary>
internal sealed class YamlFile(string file)
{
    public string File { get; } = file;

    public List<RuleError> Errors { get; } = [];

    /// <summary>The document's root mapping, or null (with the error recorded) when the text is not YAML or not a mapping.</summary>
    public YamlMappingNode? Root(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Errors.Add(new RuleError(File, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {(e.InnerException ?? e).Message.Split('\n')[0]}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Errors.Add(new RuleError(File, 1, 1, "expected a mapping at the top of the file"));
            return null;
        }

        return root;
    }

    public void Error(YamlNode node, string message) => Errors.Add(new RuleError(File, Line(node), (int)node.Start.Column, message));

    public static int Line(YamlNode node) => (int)node.Start.Line;

    /// <summary>The mapping's entries by key; unknown keys are errors naming the known ones.</summary>
    public Dictionary<string, YamlNode> Entries(YamlMappingNode map, IReadOnlyCollection<string> known, string what)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key))
            {
                Error(k, $"unknown key '{key}' in {what} (known: {string.Join(", ", known)})");
            }
            else if (!entries.TryAdd(key, v))
            {
                Error(k, $"'{key}' given twice in {what}");
            }
        }

        return entries;
    }

    public string? Text(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value.Trim();
        }

        Error(node, $"{what}: expected a value");
        return null;
    }

    public string Required(YamlMappingNode map, Dictionary<string, YamlNode> entries, string key, string what)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            Error(map, $"{what}: '{key}' is required");
            return "";
        }

        return Text(node, $"{what} '{key}'") ?? "";
    }

    /// <summary>A scalar or a sequence of scalars, as a list.</summary>
    public IReadOnlyList<YamlScalarNode> Scalars(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return [scalar];
            case YamlSequenceNode seq:
                var items = new List<YamlScalarNode>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode s)
                    {
                        items.Add(s);
                    }
                    else
                    {
                        Error(item, $"{what}: expected a value, not a {(item is YamlMappingNode ? "mapping" : "list")}");
                    }
                }

                return items;
            default:
                Error(node, $"{what}: expected a value or a list of values");
                return [];
        }
    }

    /// <summary>Values from a fixed set (enum wire names); unknown ones are errors listing the choices.</summary>
    public IReadOnlyList<T> Enums<T>(YamlNode node, string what)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var s in Scalars(node, what))
        {
            if (WireName.TryParse<T>(s.Value, out var value))
            {
                values.Add(value);
            }
            else
            {
                Error(s, $"{what}: '{s.Value}' is not one of {string.Join(", ", WireName.All<T>())}");
            }
        }

        return values;
    }

    /// <summary>Values from a known set (ids, names); unknown ones are errors with the closest known values.</summary>
    public IReadOnlyList<string> Known(YamlNode node, IReadOnlyCollection<string> known, string what)
    {
        var values = new List<string>();
        foreach (var s in Scalars(node, what))
        {
            var match = known.FirstOrDefault(k => string.Equals(k, s.Value, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                values.Add(match);
            }
            else
            {
                var near = known.Where(k => k.Contains(s.Value ?? "", StringComparison.OrdinalIgnoreCase) || (s.Value ?? "").Contains(k, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
                Error(s, $"{what}: unknown '{s.Value}'" + (near.Count > 0 ? $" (did you mean {string.Join(", ", near)}?)" : ""));
            }
        }

        return values;
    }

    public int? Int(YamlNode node, string what)
    {
        if (node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, $"{what}: expected a whole number");
        return null;
    }

    public bool Bool(YamlNode node, string what)
    {
        switch ((node as YamlScalarNode)?.Value?.ToLowerInvariant())
        {
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                Error(node, $"{what}: expected true or false");
                return false;
        }
    }
}
