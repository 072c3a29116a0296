using Microsoft.Playwright;

namespace FilingExtractor.Review.Tests;

/// <summary>
/// Headless Chromium through Playwright, using the Debian chromium package that tools/deps.sh installs
/// (Playwright's own browser download is never used). FE_CHROMIUM overrides the browser's path.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Instance = browser;
    }

    public IBrowser Instance { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("FE_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static async Task<Browser> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: install the Debian package chromium (tools/deps.sh does)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new Browser(playwright, browser);
    }

    /// <summary>A fresh page (own context: no storage shared between tests) that accepts downloads.</summary>
    public async Task<IPage> OpenAsync(string file)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri);
        Assert.Empty(errors);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Instance.DisposeAsync();
        playwright.Dispose();
    }
}
