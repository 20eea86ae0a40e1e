namespace Banwatch.Testing;

/// <summary>The shipped data/ (copied beside the tests), and editable copies of it for the bad-input cases.</summary>
public static class DataFolder
{
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>A temporary copy of the shipped data, with <paramref name="edit"/> applied to one file's text.</summary>
    public static string CopyWith(string file, Func<string, string> edit)
    {
        var folder = Directory.CreateTempSubdirectory("banwatch-data-").FullName;
        foreach (var source in Directory.GetFiles(Shipped, "*.csv"))
        {
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        }

        var path = Path.Combine(folder, file);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return folder;
    }

    /// <summary>Replaces the first line that starts with <paramref name="prefix"/>.</summary>
    public static Func<string, string> ReplaceLine(string prefix, Func<string, string> change) => text =>
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"fixture: no line starts with '{prefix}'");
        lines[index] = change(lines[index]);
        return string.Join('\n', lines);
    };

    public static int LineOf(string file, string prefix) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(Shipped, file)), l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;
}
