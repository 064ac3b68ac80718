namespace Supple.Cli.Infrastructure;

/// <summary>
/// Says why a file could not be read or written in a person's words, not the runtime's: no exception type, no
/// "Access to the path … is denied" with a doubled path.
/// </summary>
internal static class FileProblems
{
    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "its folder does not exist",
        FileNotFoundException => "it does not exist",
        PathTooLongException => "the path is too long",
        IOException io when io.HResult is 28 or 0x70 or unchecked((int)0x80070070) => "the disk is full",
        IOException io when io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "the file system is read-only",
        IOException io when io.Message.Contains("Is a directory", StringComparison.OrdinalIgnoreCase) => "it is a folder, not a file",
        IOException => "the system refused (" + FirstSentence(exception.Message) + ")",
        _ => "it could not be used",
    };

    /// <summary>
    /// Checks a path a command will write to, before any work: not a folder, and its folder exists. Throws
    /// <see cref="UsageException"/> with the reason.
    /// </summary>
    public static void CheckWritable(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"{option} needs a file name.");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} {path} is a folder; give a file name, e.g. {Path.Combine(path, "supple-history.json")}.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is { Length: > 0 } && !Directory.Exists(folder))
        {
            throw new UsageException($"{option} {path}: the folder {folder} does not exist.");
        }
    }

    /// <summary>Checks a path a command will read, before any work: it exists and is a file, not a folder.</summary>
    public static void CheckReadable(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"{what}: no file name given.");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{what} {path} is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{what} {path} does not exist.");
        }
    }

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var colon = line.IndexOf(" : ", StringComparison.Ordinal);
        return colon > 0 ? line[..colon] : line.TrimEnd('.');
    }
}
