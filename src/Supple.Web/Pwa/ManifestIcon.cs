namespace Supple.Web.Pwa;

/// <summary>One icon of the web app manifest.</summary>
public sealed record ManifestIcon(string Src, string Sizes, string Type, string Purpose);
