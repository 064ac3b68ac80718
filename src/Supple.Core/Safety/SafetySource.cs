namespace Supple.Core.Safety;

/// <summary>A public source a safety rule or warning sign is taken from.</summary>
/// <param name="Title">Who published it and what it is.</param>
/// <param name="Url">Its address, or <c>null</c> for the programme's own source article (shipped with the app).</param>
public sealed record SafetySource(string Title, Uri? Url);
