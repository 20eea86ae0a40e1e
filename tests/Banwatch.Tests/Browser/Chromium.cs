using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Banwatch.Tests.Browser.Chromium))]

namespace Banwatch.Tests.Browser;

/// <summary>
/// One headless Chromium for the whole test run: Debian's /usr/bin/chromium driven by Playwright, never a downloaded
/// browser. Locally its tests skip when Chromium is missing; under CI=true that is a failure (.ci/run installs it).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser; skips (or under CI fails) the calling test when there is none.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is null)
            {
                var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
                Assert.False(ci, $"CI=true but {ExecutablePath} is missing: .ci/run installs Debian's chromium package for the browser tests.");
                Assert.Skip($"browser tests skipped: {ExecutablePath} not found (apt-get install chromium)");
            }

            return _browser!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
