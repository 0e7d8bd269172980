namespace MotCua.Common.Localization;

/// <summary>Marker for the shared UI strings (layout, validation, common buttons) in <c>SharedText.resx</c> (vi) and <c>SharedText.en.resx</c>.</summary>
internal sealed class SharedText;
