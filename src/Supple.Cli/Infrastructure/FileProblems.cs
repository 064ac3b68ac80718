using Microsoft.Extensions.Localization;
using Supple.Cli.Resources;
using Supple.Core.Localization;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// Says why a file could not be read or written in a person's words, not the runtime's: no exception type, no
/// "Access to the path … is denied" with a doubled path.
/// </summary>
internal static class FileProblems
{
    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => Text[CliText.FilePermissionDenied],
        DirectoryNotFoundException => Text[CliText.FileFolderMissing],
        FileNotFoundException => Text[CliText.FileMissing],
        PathTooLongException => Text[CliText.FilePathTooLong],
        IOException io when io.HResult is 28 or 0x70 or unchecked((int)0x80070070) => Text[CliText.FileDiskFull],
        IOException io when io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => Text[CliText.FileReadOnly],
        IOException io when io.Message.Contains("Is a directory", StringComparison.OrdinalIgnoreCase) => Text[CliText.FileIsFolder],
        IOException => Text.Format(CliText.FileSystemRefused, ("reason", FirstSentence(exception.Message))),
        _ => Text[CliText.FileUnusable],
    };

    /// <summary>
    /// Checks a path a command will write to, before any work: not a folder, and its folder exists. Throws
    /// <see cref="UsageException"/> with the reason.
    /// </summary>
    public static void CheckWritable(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException(Text.Format(CliText.FileNeedsFileName, ("option", option)));
        }

        if (Directory.Exists(path))
        {
            throw new UsageException(Text.Format(CliText.FileOutIsFolder, ("option", option), ("path", path), ("example", Path.Combine(path, "supple-history.json"))));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is { Length: > 0 } && !Directory.Exists(folder))
        {
            throw new UsageException(Text.Format(CliText.FileOutFolderMissing, ("option", option), ("path", path), ("folder", folder)));
        }
    }

    /// <summary>Checks a path a command will read, before any work: it exists and is a file, not a folder.</summary>
    public static void CheckReadable(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException(Text.Format(CliText.FileNoName, ("what", what)));
        }

        if (Directory.Exists(path))
        {
            throw new UsageException(Text.Format(CliText.FileNotAFile, ("what", what), ("path", path)));
        }

        if (!File.Exists(path))
        {
            throw new UsageException(Text.Format(CliText.FileNotFound, ("what", what), ("path", path)));
        }
    }

    private static IStringLocalizer Text => CliText.Localizer;

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var colon = line.IndexOf(" : ", StringComparison.Ordinal);
        return colon > 0 ? line[..colon] : line.TrimEnd('.');
    }
}
