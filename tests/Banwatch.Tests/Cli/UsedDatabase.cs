using Banwatch.Tests.Web;

namespace Banwatch.Tests.Cli;

public static class UsedDatabase
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A database a team has used: a document ingested and reviewed, records added, people, a token and the audit log.</summary>
    public static async Task FillAsync(CliRunner cli)
    {
        var folder = Directory.CreateTempSubdirectory("banwatch-used-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "wellington.txt"), WebFixtures.Wellington, Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "lima.md"), WebFixtures.Lima, Ct);
        (await cli.RunAsync("ingest", folder)).Succeeded();
        (await cli.RunAsync("review", "accept", "1", "2")).Succeeded();
        (await cli.RunAsync("review", "reject", "3")).Succeeded();
        (await cli.RunAsync("positions", "add", "--state", "Japan", "--issue", "transition", "--stance", "weaken", "--date", "2007-12-07", "--source", "https://example.org/japan")).Succeeded();
        (await cli.RunAsync("categories", "add", "--state", "Myanmar", "--category", "producer", "--not", "--as-of", "2025-09", "--source", "https://example.org/myanmar")).Succeeded();
        (await cli.RunAsync("actions", "add", "--state", "Norway", "--kind", "letter", "--date", "2026-11-01", "--organisation", "CMC", "--summary", "Letter to the minister", "--follow-up", "2026-11-20")).Succeeded();
        (await cli.RunAsync("users", "add", "ana", "--role", "admin")).Succeeded();
        (await cli.RunAsync("users", "add", "ed", "--role", "editor")).Succeeded();
        (await cli.RunAsync("tokens", "create", "--user", "ana", "--scope", "write", "--expires", "30")).Succeeded();
        Directory.Delete(folder, recursive: true);
    }
}
