namespace MotCua.Modules.Reports.Obligations;

/// <summary>The report obligations' texts (ObligationsText.resx, Vietnamese; ObligationsText.en.resx, English).</summary>
internal sealed class ObligationsText;
