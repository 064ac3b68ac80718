using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Supple.Core.Content;

namespace Supple.Web.Pwa;

/// <summary>
/// The service worker served at <c>/sw.js</c>: the script in <c>Pwa/service-worker.js</c> with its configuration in
/// front. Its version is a hash of that script, of every file it precaches and of the build of the pages, so any
/// deploy that changes what a person sees changes the script, and the browser installs the new worker.
/// </summary>
public sealed class ServiceWorkerScript
{
    /// <summary>Where the pages of the app shell and the offline page live.</summary>
    public const string OfflinePath = "/offline";

    /// <summary>Static paths the worker answers from its cache first (folders end with '/').</summary>
    public static readonly IReadOnlyList<string> StaticPaths =
        ["/css/", "/js/", "/img/", "/icons/", "/favicon.ico", "/apple-touch-icon.png", "/manifest.webmanifest", OfflinePath];

    /// <summary>Paths whose pages are never kept: signing in and out, the API docs, the API itself.</summary>
    public static readonly IReadOnlyList<string> NeverCache = ["/account", "/docs", "/openapi", "/api", "/lan"];

    private static readonly string[] StaticFolders = ["css", "js", "img", "icons"];
    private static readonly string[] RootFiles = ["favicon.ico", "apple-touch-icon.png"];
    private static readonly HashSet<string> Precached = new(StringComparer.OrdinalIgnoreCase) { ".css", ".js", ".svg", ".png", ".ico", ".webp" };

    private readonly Lazy<(string Version, string Text)> _script;

    public ServiceWorkerScript(IWebHostEnvironment environment, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(programme);
        _script = new(() => Build(environment.WebRootFileProvider, programme));
    }

    /// <summary>The content hash that names this deploy's caches.</summary>
    public string Version => _script.Value.Version;

    /// <summary>The whole script.</summary>
    public string Text => _script.Value.Text;

    /// <summary>The pages a person needs offline, kept per account when the worker installs.</summary>
    public static IReadOnlyList<string> Pages(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return ["/", "/library", .. programme.Stretches.Select(s => "/library/" + s.Id), "/player", "/history", "/plan", "/about"];
    }

    /// <summary>API answers with no personal data that the player reads (the programme and its timelines).</summary>
    public static IReadOnlyList<string> Data { get; } =
        ["/api/v1/programme", "/api/v1/timeline", "/api/v1/timeline?level=gentle", "/api/v1/timeline?level=standard", "/api/v1/timeline?level=full"];

    /// <summary>
    /// API paths kept whatever their query: the timelines the player reads before a session (a level and stretches, the
    /// plan's, and the gentle ones for high pain), so that a session can start offline. They depend on the person's
    /// plan and history, so they are kept in that account's cache only, like the pages.
    /// </summary>
    public static IReadOnlyList<string> DataPaths { get; } = ["/api/v1/timeline", "/api/v1/plan/timeline"];

    /// <summary>The offline session queue (every page loads it; the worker gets it in front of its own script).</summary>
    public const string SessionQueuePath = "js/session-queue.js";

    private static (string Version, string Text) Build(IFileProvider files, Programme programme)
    {
        var template = ReadTemplate();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(template));
        hash.AppendData(typeof(ServiceWorkerScript).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        var precache = new List<string>();
        foreach (var (url, file) in StaticFiles(files))
        {
            precache.Add(url);
            hash.AppendData(Encoding.UTF8.GetBytes(url + "\n"));
            using var stream = file.CreateReadStream();
            var bytes = new byte[file.Length];
            stream.ReadExactly(bytes);
            hash.AppendData(bytes);
        }

        precache.Add("/manifest.webmanifest");
        precache.Add(OfflinePath);
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        var config = new Dictionary<string, object>
        {
            ["version"] = version,
            ["precache"] = precache,
            ["staticPaths"] = StaticPaths,
            ["neverCache"] = NeverCache,
            ["pages"] = Pages(programme),
            ["data"] = Data,
            ["dataPaths"] = DataPaths,
            ["offline"] = OfflinePath,
        };
        var text = $"const CONFIG = {JsonSerializer.Serialize(config)};\n{ReadQueue(files)}\n{template}";
        return (version, text);
    }

    private static IEnumerable<(string Url, IFileInfo File)> StaticFiles(IFileProvider files)
    {
        foreach (var name in RootFiles)
        {
            if (files.GetFileInfo(name) is { Exists: true } file)
            {
                yield return ("/" + name, file);
            }
        }

        foreach (var folder in StaticFolders)
        {
            foreach (var item in Walk(files, folder).OrderBy(i => i.Url, StringComparer.Ordinal))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string Url, IFileInfo File)> Walk(IFileProvider files, string folder)
    {
        foreach (var entry in files.GetDirectoryContents(folder))
        {
            var path = folder + "/" + entry.Name;
            if (entry.IsDirectory)
            {
                foreach (var inner in Walk(files, path))
                {
                    yield return inner;
                }
            }
            else if (Precached.Contains(Path.GetExtension(entry.Name)))
            {
                yield return ("/" + path, entry);
            }
        }
    }

    // The queue is one file for the pages and the worker; its bytes are already in the version (it is precached).
    private static string ReadQueue(IFileProvider files)
    {
        var file = files.GetFileInfo(SessionQueuePath);
        if (!file.Exists)
        {
            throw new InvalidOperationException($"The offline session queue ({SessionQueuePath}) is not in the web root.");
        }

        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string ReadTemplate()
    {
        using var stream = typeof(ServiceWorkerScript).Assembly.GetManifestResourceStream("Supple.Web.Pwa.service-worker.js")
            ?? throw new InvalidOperationException("The service worker script is not embedded in Supple.Web.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
