namespace MotCua.Modules.Metrics.Live;

/// <summary>The live Bộ chỉ số 766's strings (Live766Text.resx, Vietnamese; Live766Text.en.resx, English).</summary>
internal sealed class Live766Text;
