namespace Banwatch.Core.Tests;

/// <summary>Core is the pure domain: no storage, no web, no console (STYLE.md, habit 8).</summary>
public class ConventionTests
{
    [Fact]
    public void Core_references_no_data_web_or_console_assembly()
    {
        var forbidden = new[] { "Dapper", "Microsoft.Data", "Npgsql", "Microsoft.AspNetCore", "Spectre", "System.CommandLine", "CsvHelper", "System.Data" };
        var references = typeof(WireName).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }
}
