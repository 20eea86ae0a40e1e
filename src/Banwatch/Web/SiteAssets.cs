using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Banwatch.Web;

/// <summary>
/// The stylesheet and script, embedded in the executable and served under /assets/. Links carry a hash of the content
/// (?v=...), so browsers may keep a file for a year and still get a new one the moment it changes.
/// </summary>
public static class SiteAssets
{
    public const string RequestPath = "/assets";

    private static readonly ManifestEmbeddedFileProvider Files = new(typeof(SiteAssets).Assembly, "Web/Assets");

    private static readonly Dictionary<string, string> Versions = Files.GetDirectoryContents("/")
        .ToDictionary(f => f.Name, f => Hash(f), StringComparer.Ordinal);

    /// <summary>The versioned URL of an asset ("site.css"); an unknown name is a programming error.</summary>
    public static string Url(string name) => $"{RequestPath}/{name}?v={Versions[name]}";

    public static IApplicationBuilder UseSiteAssets(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = Files,
        RequestPath = RequestPath,
        OnPrepareResponse = context =>
        {
            var versioned = context.Context.Request.Query["v"] == Versions.GetValueOrDefault(context.File.Name);
            context.Context.Response.Headers[HeaderNames.CacheControl] = versioned ? "public, max-age=31536000, immutable" : "no-cache";
        },
    });

    private static string Hash(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }
}
