using System.Net;
using System.Text.Json;
using Banwatch.Cli;
using Banwatch.Errors;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Errors;

/// <summary>A defect reaches nobody as a stack trace: one line for the person, the trace in the error log.</summary>
public sealed class UnexpectedFailureTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-errors-").FullName;

    private string LogPath => Path.Combine(_folder, "state", "errors.log");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_cli_prints_one_line_naming_the_log_and_exits_1()
    {
        using var stderr = new StringWriter();
        var context = new CliContext(TextWriter.Null, stderr, TimeProvider.System, null) { ErrorLog = new ErrorLog(LogPath) };

        var code = await BanwatchCli.Guard(context, () => throw new InvalidOperationException("the defect\nsecond line"));

        Assert.Equal(1, code);
        var line = Assert.Single(stderr.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("error: unexpected failure (InvalidOperationException: the defect); details in " + LogPath + " (entry ", line, StringComparison.Ordinal);
        var log = await File.ReadAllTextAsync(LogPath, TestContext.Current.CancellationToken);
        Assert.Contains("second line", log);
        Assert.Contains("System.InvalidOperationException: the defect", log);
    }

    [Fact]
    public async Task The_api_answers_500_with_the_log_entry_and_no_trace()
    {
        await using var database = new SqliteTestDatabase();
        using var app = await BanwatchApp.OpenAsync(database.Url, new FakeTimeProvider(CliRunner.Today), ct: TestContext.Current.CancellationToken);
        await using var web = WebApp.Build(app, "http://127.0.0.1:0", b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton(new ErrorLog(LogPath));
        });
        web.MapGet("/api/defect", IResult () => throw new InvalidOperationException("the defect"));
        await web.StartAsync(TestContext.Current.CancellationToken);

        var response = await web.GetTestClient().GetAsync("/api/defect", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("InvalidOperationException", body);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        var id = detail[(detail.LastIndexOf("entry ", StringComparison.Ordinal) + 6)..^1];
        Assert.Contains($"entry {id}: GET /api/defect", await File.ReadAllTextAsync(LogPath, TestContext.Current.CancellationToken));
    }
    [Fact]
    public async Task A_failed_page_or_request_is_one_log_line_on_the_servers_console_never_a_trace()
    {
        await using var database = new SqliteTestDatabase();
        using var app = await BanwatchApp.OpenAsync(database.Url, new FakeTimeProvider(CliRunner.Today), ct: TestContext.Current.CancellationToken);
        var console = new ConsoleLines();
        await using var web = WebApp.Build(app, "http://127.0.0.1:0", b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton(new ErrorLog(LogPath));
            b.Logging.AddProvider(console);
        });
        web.MapGet("/api/defect", IResult () => throw new InvalidOperationException("the defect"));
        await web.StartAsync(TestContext.Current.CancellationToken);

        await web.GetTestClient().GetAsync("/states/Atlantis", TestContext.Current.CancellationToken);
        await web.GetTestClient().GetAsync("/api/defect", TestContext.Current.CancellationToken);

        var line = Assert.Single(console.Lines);
        Assert.StartsWith("unexpected failure on GET /api/defect (InvalidOperationException: the defect); details in ", line, StringComparison.Ordinal);
    }

    /// <summary>What the server would print at warning level or above, one entry per log call, without exceptions' traces.</summary>
    private sealed class ConsoleLines : ILoggerProvider, ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " +trace"));
            }
        }

        public void Dispose()
        {
        }
    }
}
