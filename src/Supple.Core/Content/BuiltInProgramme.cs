namespace Supple.Core.Content;

/// <summary>The programme that ships with Supple: the seven upper-back stretches (embedded resource).</summary>
public static class BuiltInProgramme
{
    private static readonly Lazy<ProgrammeTemplate> Loaded = new(Load);

    /// <summary>The built-in programme in English, built once from the compiled-in copy of <c>programme.yaml</c>.</summary>
    public static Programme Instance => Loaded.Value.English;

    /// <summary>The built-in programme as written, which its translations are checked against and rendered from.</summary>
    public static ProgrammeTemplate Template => Loaded.Value;

    /// <summary>The name used for the built-in programme in messages and records.</summary>
    public const string Name = "built-in";

    /// <summary>The raw YAML text of the built-in programme.</summary>
    public static string ReadText() => ReadResource("Supple.Core.Content.programme.yaml")
        ?? throw new InvalidOperationException("The built-in programme resource is missing from Supple.Core.");

    /// <summary>The text of an embedded resource of Supple.Core, or <c>null</c> when there is none by that name.</summary>
    internal static string? ReadResource(string name)
    {
        using var stream = typeof(BuiltInProgramme).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Compiled in from programme.yaml (BuiltInProgrammeData.g.cs): parsing the YAML cost every command 35–95 ms
    // of CPU at start-up (docs/PERFORMANCE.md). BuiltInProgrammeDataTests checks that the two agree.
    private static ProgrammeTemplate Load() => new(Name, BuiltInProgrammeData.Source(), BuiltInProgrammeData.Locations());
}
