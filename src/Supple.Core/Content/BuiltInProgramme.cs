namespace Supple.Core.Content;

/// <summary>The programme that ships with Supple: the seven upper-back stretches (embedded resource).</summary>
public static class BuiltInProgramme
{
    private static readonly Lazy<Programme> Loaded = new(Load);

    /// <summary>The built-in programme, parsed once.</summary>
    public static Programme Instance => Loaded.Value;

    /// <summary>The name used for the built-in programme in messages and records.</summary>
    public const string Name = "built-in";

    /// <summary>The raw YAML text of the built-in programme.</summary>
    public static string ReadText()
    {
        using var stream = typeof(BuiltInProgramme).Assembly.GetManifestResourceStream("Supple.Core.Content.programme.yaml")
            ?? throw new InvalidOperationException("The built-in programme resource is missing from Supple.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Programme Load() => ProgrammeLoader.Parse(ReadText(), Name);
}
