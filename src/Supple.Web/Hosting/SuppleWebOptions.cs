namespace Supple.Web.Hosting;

/// <summary>Settings of the web app, bound from the <c>Supple:Web</c> configuration section.</summary>
public sealed class SuppleWebOptions
{
    public const string SectionName = "Supple:Web";

    /// <summary>The user whose data the app shows. Single-user mode (no accounts yet) uses "local".</summary>
    public string UserId { get; set; } = "local";

    /// <summary>Largest request body accepted, in bytes; larger bodies are refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
