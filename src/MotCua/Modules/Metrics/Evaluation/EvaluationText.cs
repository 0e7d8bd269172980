namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>The TT 01/2018 evaluation's strings (EvaluationText.resx, Vietnamese; EvaluationText.en.resx, English).</summary>
internal sealed class EvaluationText;
