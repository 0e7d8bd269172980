namespace MotCua.Modules.Metrics.Live.Rankings;

/// <summary>The rankings', trend's and public scoreboard's strings (RankingText.resx, Vietnamese; RankingText.en.resx, English).</summary>
internal sealed class RankingText;
