<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountsTable</name>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="48"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="48"/>
        <source>Buyer ID</source>
        <translation>买家ID</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="48"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="57"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="57"/>
        <source>Remove account</source>
        <translation>删除账号</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="199"/>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="206"/>
        <source>Negative takes points away</source>
        <translation>负数表示扣减积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="209"/>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="211"/>
        <source>Points (+/−)</source>
        <translation>积分（+/−）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="211"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="214"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="44"/>
        <source> days</source>
        <extracomment>Customer id of a row in the moved list.</extracomment>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="44"/>
        <source> orders</source>
        <translation> 单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="45"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="47"/>
        <source>Lost after no order for</source>
        <translation>流失判定：未下单超过</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="50"/>
        <source>Loyal customer: valid orders at least</source>
        <translation>忠诚客户：有效订单至少</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="55"/>
        <source>…of them in the last 12 months</source>
        <translation>……其中近12个月内至少</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="56"/>
        <source>Pyramid: VIP customers are the top</source>
        <translation>金字塔：VIP客户为前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="57"/>
        <source>Pyramid: major customers the next</source>
        <translation>金字塔：主要客户为其后</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="60"/>
        <source>Pyramid: ordinary customers the next</source>
        <translation>金字塔：普通客户为其后</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="67"/>
        <source>Exploration stage: first order under</source>
        <translation>考察期：首单距今不足</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="72"/>
        <source>Lifetime value: gross margin</source>
        <translation>客户终生价值：毛利率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="73"/>
        <source>Lifetime value: discount rate</source>
        <translation>客户终生价值：折现率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="74"/>
        <source>Lifetime value: years ahead</source>
        <translation>客户终生价值：预测年数</translation>
    </message>
</context>
<context>
    <name>AnalysisActions</name>
    <message>
        <location filename="../../crmdesk/ui/analysis_actions.py" line="42"/>
        <source>&amp;Shop summary…</source>
        <extracomment>How often the open window looks whether the date changed.</extracomment>
        <translation>店铺概况(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analysis_actions.py" line="45"/>
        <source>Analysis se&amp;ttings…</source>
        <translation>分析设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analysis_actions.py" line="49"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analysis_actions.py" line="90"/>
        <source>Updating the customer analysis…</source>
        <translation>正在更新客户分析…</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <location filename="../../crmdesk/services/analytics.py" line="201"/>
        <source>Updating customer analysis…</source>
        <extracomment>Every classification with its stored column and its keys in display order.</extracomment>
        <translation>正在更新客户分析…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics.py" line="271"/>
        <source>Updating order figures…</source>
        <translation>正在更新订单数据…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="54"/>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="55"/>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="56"/>
        <source>Important to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="57"/>
        <source>Important to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="58"/>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="59"/>
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="60"/>
        <source>General to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="61"/>
        <source>General to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="65"/>
        <source>VIP customer</source>
        <translation>VIP客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="66"/>
        <source>Major customer</source>
        <translation>主要客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="67"/>
        <source>Ordinary customer</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="68"/>
        <source>Small customer</source>
        <translation>小客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="72"/>
        <source>Most valuable</source>
        <translation>最有价值客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="73"/>
        <source>High value, low potential</source>
        <translation>高价值低潜力客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="74"/>
        <source>Low value, high potential</source>
        <translation>低价值高潜力客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="75"/>
        <source>Low value, low potential</source>
        <translation>低价值低潜力客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="79"/>
        <source>Exploration</source>
        <translation>考察期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="80"/>
        <source>Formation</source>
        <translation>形成期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="81"/>
        <source>Stability</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="82"/>
        <source>Decline</source>
        <translation>退化期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="86"/>
        <source>Not loyal</source>
        <translation>非忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="87"/>
        <source>Inertia loyalty</source>
        <translation>惯性忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="88"/>
        <source>Latent loyalty</source>
        <translation>潜在忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="89"/>
        <source>Absolute loyalty</source>
        <translation>绝对忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="124"/>
        <source>Invest most here: keep and grow the relationship with personal service, first look at new products and member upgrades.</source>
        <translation>重点投入：以一对一的贴心服务维护并加深关系，新品优先体验，推动会员升级。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="128"/>
        <source>Keep what you have: regular care and member benefits so they do not drift away; do not overspend on growth.</source>
        <translation>维持现状：定期关怀、提供会员权益，防止流失；不必在增长上投入过多。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="132"/>
        <source>Develop: recommend related products and give a reason to come back (coupons, bundles) so their spend grows.</source>
        <translation>重点培养：推荐关联商品，给出回购理由（优惠券、组合套餐），提升其消费额。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="136"/>
        <source>Serve at low cost: group messages and standard offers, no extra effort.</source>
        <translation>低成本维护：群发消息和常规优惠即可，不额外投入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="190"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="190"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="194"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="194"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="201"/>
        <source>{score}: {limit}</source>
        <translation>{score}分：{limit}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="202"/>
        <source>everyone scores 1</source>
        <translation>所有人均为1分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="217"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="270"/>
        <source>No valid order yet → potential customer.</source>
        <translation>尚无有效订单 → 潜在客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="271"/>
        <source>No valid order yet, and you marked them to pursue → target customer.</source>
        <translation>尚无有效订单，且已标记为重点争取 → 目标客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="272"/>
        <source>One valid order → first-time buyer.</source>
        <translation>有1笔有效订单 → 首次购买客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="273"/>
        <source>{n} valid orders (two or more); loyal needs {min} orders with {min12} in the last 12 months → repeat buyer.</source>
        <translation>有效订单{n}笔（两笔及以上）；忠诚客户需{min}笔且近12个月内{min12}笔 → 重复购买客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="277"/>
        <source>{n} valid orders, {n12} of them in the last 12 months (loyal from {min} and {min12}) → loyal customer.</source>
        <translation>有效订单{n}笔，其中近12个月{n12}笔（忠诚标准：{min}笔且近12个月{min12}笔）→ 忠诚客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="281"/>
        <source>No order for {days} days, more than the churn limit of {churn} days → lost.</source>
        <translation>已{days}天未下单，超过流失阈值{churn}天 → 流失客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="282"/>
        <source>You marked this person as not a customer.</source>
        <translation>您已将此人标记为非客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="294"/>
        <source>Relationship status</source>
        <translation>客户关系状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="298"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="388"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="560"/>
        <source>Valid orders</source>
        <translation>有效订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="299"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="641"/>
        <source>Orders in the last 12 months</source>
        <translation>近12个月订单数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="300"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="333"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="559"/>
        <source>Days since the last order</source>
        <translation>距最近一次下单天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="301"/>
        <source>Churn limit</source>
        <translation>流失阈值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="301"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="369"/>
        <source>{days} days</source>
        <translation>{days}天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="311"/>
        <source>Fewer than two orders: no usual buying interval yet, so no warning.</source>
        <translation>订单不足两笔，尚无常规购买间隔，不作预警。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="313"/>
        <source>Last order {days} days ago, more than twice the usual interval of {median} days ({twice} days) → churn warning.</source>
        <translation>最近一次下单在{days}天前，超过常规间隔{median}天的两倍（{twice}天）→ 流失预警。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="318"/>
        <source>Overdue against the usual interval of {median} days, but already lost or marked not a customer, so no warning.</source>
        <translation>已超出常规间隔{median}天，但已是流失客户或被标记为非客户，不作预警。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="323"/>
        <source>Last order {days} days ago, within twice the usual interval of {median} days ({twice} days) → no warning.</source>
        <translation>最近一次下单在{days}天前，未超过常规间隔{median}天的两倍（{twice}天）→ 无预警。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="329"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="674"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="715"/>
        <source>Churn warning</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="334"/>
        <source>Usual interval (median)</source>
        <translation>常规购买间隔（中位数）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="338"/>
        <source>The usual interval rests on a single gap between two orders.</source>
        <translation>常规间隔仅基于两笔订单之间的一次间隔。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="347"/>
        <source>Only {n} buyers so far: the shop averages and fifths move a lot with each new buyer.</source>
        <translation>目前仅有{n}位购买客户：店铺平均值和五分位会随每位新客户明显变动。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="364"/>
        <source>Recency (R)</source>
        <translation>最近购买（R）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="366"/>
        <source>{days} days ago, score {score}</source>
        <translation>{days}天前，{score}分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="368"/>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="369"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="389"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="413"/>
        <source>Shop average</source>
        <translation>店铺平均</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="371"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="391"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="414"/>
        <source>Score cut-offs</source>
        <translation>评分分界点</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="372"/>
        <source>≤ {d} days</source>
        <translation>≤ {d}天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="375"/>
        <source>Last purchase {days} days ago, shop average {mean} days → R {high}. Among buyers this is score {score} of 5 (5 = the most recent fifth).</source>
        <translation>最近购买在{days}天前，店铺平均{mean}天 → R {high}。在所有购买客户中得{score}分（满分5分，5分 = 最近的五分之一）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="384"/>
        <source>Frequency (F)</source>
        <translation>购买频率（F）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="386"/>
        <source>{n} orders, score {score}</source>
        <translation>{n}笔订单，{score}分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="392"/>
        <source>≥ {n} orders</source>
        <translation>≥ {n}笔订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="395"/>
        <source>{n} valid orders, shop average {mean} → F {high}. Score {score} of 5 (equal order counts share a score).</source>
        <translation>有效订单{n}笔，店铺平均{mean}笔 → F {high}。得{score}分（满分5分，订单数相同者同分）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="406"/>
        <source>Monetary (M)</source>
        <translation>消费金额（M）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="408"/>
        <source>{spend}, score {score}</source>
        <translation>{spend}，{score}分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="412"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="461"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="596"/>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="416"/>
        <source>Spent {spend} in total, shop average {mean} → M {high}. Score {score} of 5.</source>
        <translation>累计消费{spend}，店铺平均{mean} → M {high}。得{score}分（满分5分）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="429"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="679"/>
        <source>RFM segment</source>
        <translation>RFM分类</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="432"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="432"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="432"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="433"/>
        <source>Each of R, F and M is compared with the average of the shop&apos;s {n} buyers (at or above average counts as high): R {r}, F {f}, M {m} → {segment}.</source>
        <translation>R、F、M分别与店铺{n}位购买客户的平均值比较（不低于平均值即为高）：R {r}，F {f}，M {m} → {segment}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="452"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="457"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="680"/>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="462"/>
        <source>{level} from</source>
        <translation>{level}起点</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="464"/>
        <source>Buyers ranked by total spend: top {vip}% VIP, next {major}% major, next {ordinary}% ordinary, the rest small (equal spends share a level). Spent {spend} → {level}.</source>
        <translation>按累计消费为购买客户排序：前{vip}%为VIP客户，其后{major}%为主要客户，再后{ordinary}%为普通客户，其余为小客户（消费相同者同级）。累计消费{spend} → {level}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="486"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="681"/>
        <source>Value matrix</source>
        <translation>客户价值矩阵</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="490"/>
        <source>Spend in the last 12 months</source>
        <translation>近12个月消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="491"/>
        <source>Buyers&apos; median</source>
        <translation>购买客户中位数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="492"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="561"/>
        <source>Last 6 months</source>
        <translation>近6个月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="493"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="562"/>
        <source>The 6 months before</source>
        <translation>此前6个月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="494"/>
        <source>Product categories bought</source>
        <translation>购买过的商品类目</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="495"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="642"/>
        <source>Referred someone</source>
        <translation>推荐过他人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="497"/>
        <source>Current value {current}: 12-month spend {s12} against the buyers&apos; median {median}. Growth potential {growth}: high when the last 6 months beat the 6 before, or 2+ categories, or a referral. → {cls}. {strategy}</source>
        <translation>当前价值{current}：近12个月消费{s12}，购买客户中位数{median}。增长潜力{growth}：近6个月消费超过此前6个月、购买过2个以上类目或推荐过他人即为高。→ {cls}。{strategy}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="510"/>
        <source>Satisfaction is not surveyed yet, so it does not count towards potential.</source>
        <translation>尚未做满意度调查，因此满意度不计入增长潜力。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="529"/>
        <source>No valid order yet → exploration.</source>
        <translation>尚无有效订单 → 考察期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="531"/>
        <source>First order {age} days ago, under {window} days → exploration.</source>
        <translation>首单在{age}天前，不足{window}天 → 考察期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="533"/>
        <source>{n} orders over {age} days (a year or more), buying regularly, not overdue → stability.</source>
        <translation>{age}天内（一年及以上）共{n}笔订单，购买规律，未超期 → 稳定期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="538"/>
        <source>{n} orders over {age} days (under a year), buying no less than before → formation.</source>
        <translation>{age}天内（不足一年）共{n}笔订单，购买频率不低于以往 → 形成期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="542"/>
        <source>{days} days since the last order, more than twice the usual interval of {median} days → decline.</source>
        <translation>距最近一次下单{days}天，超过常规间隔{median}天的两倍 → 退化期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="547"/>
        <source>{days} days since the last order, more than {churn} days → decline.</source>
        <translation>距最近一次下单{days}天，超过{churn}天 → 退化期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="549"/>
        <source>Spent {s6} in the last 6 months, under half of the {sp6} before → decline.</source>
        <translation>近6个月消费{s6}，不足此前6个月{sp6}的一半 → 退化期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="551"/>
        <source>Only one order, {age} days ago, and no second one → decline.</source>
        <translation>仅有一笔订单（{age}天前），此后未再购买 → 退化期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="554"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="682"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="558"/>
        <source>Days since the first order</source>
        <translation>距首单天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="582"/>
        <source>{r}% of last year&apos;s {base} buyers bought again this year</source>
        <translation>去年{base}位购买客户中有{r}%今年再次购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="586"/>
        <source>{r}% estimated from the repeat-purchase rate (no buyers last year)</source>
        <translation>{r}%，按重复购买率估算（去年无购买客户）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="592"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="683"/>
        <source>Customer lifetime value</source>
        <translation>客户终生价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="597"/>
        <source>Years as a customer (at least 1)</source>
        <translation>客户年限（至少1年）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="598"/>
        <source>Annual value</source>
        <translation>年度价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="599"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="600"/>
        <source>Retention rate r</source>
        <translation>保持率 r</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="601"/>
        <source>Discount rate d</source>
        <translation>折现率 d</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="602"/>
        <source>Horizon N</source>
        <translation>预测年数 N</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="602"/>
        <source>{n} years</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="604"/>
        <source>Annual value {annual} = {spend} ÷ {years} years. CLV = sum over t = 1…{n} of {margin}% × annual value × r^(t−1) ÷ (1 + {d}%)^t with r = {r}% → {clv}.</source>
        <translation>年度价值{annual} = {spend} ÷ {years}年。客户终生价值 = 对 t = 1…{n} 求和：{margin}% × 年度价值 × r^(t−1) ÷ (1 + {d}%)^t，其中 r = {r}% → {clv}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="618"/>
        <source>Fewer than two orders or under a year of history: a rough estimate.</source>
        <translation>订单不足两笔或交易历史不足一年：仅为粗略估算。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="627"/>
        <source>high: has referred a customer</source>
        <translation>高：推荐过客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="630"/>
        <source>low: no referral (satisfaction is not surveyed yet)</source>
        <translation>低：未推荐过客户（尚未做满意度调查）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="631"/>
        <source>Attitude is not measured yet: without surveys only referrals count, so this type rests on buying behaviour.</source>
        <translation>尚未衡量态度：没有调查时只计推荐，因此该类型主要依据购买行为。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="637"/>
        <location filename="../../crmdesk/services/analytics_text.py" line="684"/>
        <source>Loyalty</source>
        <translation>客户忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="644"/>
        <source>Behaviour {behaviour}: {n12} orders in the last 12 months (high from {min12}). Attitude {attitude}. → {type}.</source>
        <translation>行为忠诚{behaviour}：近12个月{n12}笔订单（{min12}笔起为高）。态度忠诚{attitude}。→ {type}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="675"/>
        <source>Days since last order</source>
        <translation>距最近下单天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="676"/>
        <source>R score</source>
        <translation>R评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="677"/>
        <source>F score</source>
        <translation>F评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="678"/>
        <source>M score</source>
        <translation>M评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="718"/>
        <source>Lost customers by value</source>
        <translation>流失客户（按价值排序）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="724"/>
        <source>Birthdays this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_rules.py" line="152"/>
        <source>Enter a number of days from 1 to 36500.</source>
        <extracomment>A relationship this many days old counts as a year (CLV, lifecycle). (R high, F high, M high) -&gt; RFM segment. Chinese display names, for the command line and exports that run without Qt. What to do with each value-matrix class, in Chinese (the English text is in analytics_text).</extracomment>
        <translation>请输入 1 到 36500 之间的天数。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_rules.py" line="153"/>
        <source>Enter a number of orders from 1 to 1000.</source>
        <translation>请输入 1 到 1000 之间的订单数。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_rules.py" line="154"/>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_rules.py" line="155"/>
        <source>The pyramid shares add up to over 100%.</source>
        <translation>金字塔各层占比合计超过 100%。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_rules.py" line="156"/>
        <source>Enter a number of years from 1 to 50.</source>
        <translation>请输入 1 到 50 之间的年数。</translation>
    </message>
</context>
<context>
    <name>AnalyticsSettingsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="92"/>
        <source>Analysis settings</source>
        <extracomment>Parameters were applied: carries the RecomputeDiff. The owner double-clicked a customer in the moved list.</extracomment>
        <translation>分析设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="99"/>
        <source>Thresholds and parameters</source>
        <translation>阈值与参数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="126"/>
        <source>Retention for lifetime value is measured from the shop&apos;s own orders. Applying recomputes every customer&apos;s classes.</source>
        <translation>计算客户终生价值所用的保持率取自本店订单。应用后将重新计算所有客户的分类。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="134"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="136"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="144"/>
        <source>What moved</source>
        <translation>分类变动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="145"/>
        <source>Apply a change to see which customers move.</source>
        <translation>应用修改后可查看哪些客户的分类发生了变化。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="150"/>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="154"/>
        <source>Classification</source>
        <translation>分类方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="150"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="150"/>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="154"/>
        <source>Before</source>
        <translation>变动前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="150"/>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="154"/>
        <source>After</source>
        <translation>变动后</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="154"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="157"/>
        <source>Double-click to open the card</source>
        <translation>双击打开客户资料卡</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="213"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="229"/>
        <source>Recomputing…</source>
        <translation>正在重新计算…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="232"/>
        <source>Recomputing the analysis…</source>
        <translation>正在重新计算分析…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="241"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="252"/>
        <source>{kind}: {n}</source>
        <translation>{kind}：{n}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="256"/>
        <source>Applied. Class changes: {parts}.</source>
        <translation>已应用。分类变动：{parts}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="258"/>
        <source>The list shows the first {n}.</source>
        <translation>列表仅显示前{n}条。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/analytics_settings.py" line="260"/>
        <source>Applied. No customer changed class.</source>
        <translation>已应用。没有客户的分类发生变化。</translation>
    </message>
</context>
<context>
    <name>AttitudeTab</name>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="167"/>
        <source>What they like to buy: styles, sizes, flavours, price range…</source>
        <translation>喜欢买什么：款式、尺码、口味、价位……</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="170"/>
        <source>Hobbies, family, what they talk about…</source>
        <translation>爱好、家庭、常聊的话题……</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="178"/>
        <source>Follow the orders</source>
        <translation>按订单自动判断</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="179"/>
        <source>Target customer (pursue)</source>
        <translation>目标客户（重点争取）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="180"/>
        <source>Non-customer (not interested)</source>
        <translation>非客户（无意向）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="182"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="185"/>
        <location filename="../../crmdesk/ui/card_attitude.py" line="205"/>
        <source>Reason for leaving</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="187"/>
        <source>Preferences and interests</source>
        <translation>偏好与兴趣</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="190"/>
        <location filename="../../crmdesk/ui/card_attitude.py" line="191"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="194"/>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="196"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="198"/>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="201"/>
        <location filename="../../crmdesk/ui/card_attitude.py" line="202"/>
        <source>Status by hand</source>
        <translation>手动设定状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="208"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="210"/>
        <location filename="../../crmdesk/ui/card_attitude.py" line="213"/>
        <source>Important dates</source>
        <translation>重要日期</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../crmdesk/commands/backup.py" line="54"/>
        <source>Backed up {path}: {customers} customers, {orders} orders, {size}, checked sound.
Backup file: {backup}</source>
        <translation>已备份{path}：{customers}位客户，{orders}笔订单，{size}，校验完好。
备份文件：{backup}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="23"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="24"/>
        <source>on closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="25"/>
        <source>while working</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="26"/>
        <source>before an update</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="27"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="28"/>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="29"/>
        <source>before deleting</source>
        <translation>删除前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="43"/>
        <source>No backups of {path} yet.</source>
        <translation>{path}尚无备份。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="46"/>
        <source>Backups of {path} in {folder}:</source>
        <translation>{path}在{folder}中的备份：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="52"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="53"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="54"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="55"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="56"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/backups.py" line="57"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/restore.py" line="41"/>
        <source>There is no backup number {n}; `crmdesk backups` lists them.</source>
        <translation>没有编号为{n}的备份；可用 `crmdesk backups` 查看备份列表。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/restore.py" line="55"/>
        <source>Restored {path} from {backup}.</source>
        <translation>已从{backup}恢复{path}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/restore.py" line="58"/>
        <source>The file as it was before is kept as a backup: {undo}
To undo, restore that one: crmdesk restore 1</source>
        <translation>恢复前的文件已保留为备份：{undo}
如需撤销，请恢复该备份：crmdesk restore 1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backup.py" line="162"/>
        <source>There is no shop file at {path}.</source>
        <extracomment>Why a backup was made. The first two are never thinned away. Thinning policy: the newest few, then the newest backup of each of the last 12 days, 10 weeks and 9 months that have one. Periodic backups while the data changes: not more often than this.</extracomment>
        <translation>{path}处没有店铺文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backup.py" line="189"/>
        <location filename="../../crmdesk/services/backup.py" line="492"/>
        <source>Checking the backup…</source>
        <translation>正在校验备份…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backup.py" line="194"/>
        <location filename="../../crmdesk/services/backup.py" line="222"/>
        <source>The shop file {path} could not be backed up because it is damaged: {reason}</source>
        <translation>店铺文件{path}已损坏，无法备份：{reason}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backup.py" line="295"/>
        <location filename="../../crmdesk/services/backup.py" line="466"/>
        <source>The backup {path} does not exist.</source>
        <translation>备份{path}不存在。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backup.py" line="304"/>
        <source>The backup {path} does not match its manifest.</source>
        <translation>备份{path}与其清单不符。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backup.py" line="473"/>
        <source>The shop file {path} is still open. Close it (and any other crmdesk window using it) before restoring a backup.</source>
        <translation>店铺文件{path}仍处于打开状态。请先关闭它（以及其他正在使用它的 crmdesk 窗口），再恢复备份。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backup.py" line="502"/>
        <source>Keeping the current file as a backup…</source>
        <translation>正在将当前文件保留为备份…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backup.py" line="528"/>
        <source>The backup {path} cannot be restored: {reason}. The shop file was not changed.</source>
        <translation>备份{path}无法恢复：{reason}。店铺文件未做更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/dbfiles.py" line="135"/>
        <source>The backup could not be restored into {folder}: the disk is full or failing ({reason}). The shop file was not changed. Free some disk space and try again.</source>
        <extracomment>Tables whose row counts go into the manifest (the first two are shown in lists).</extracomment>
        <translation>无法将备份恢复到{folder}：磁盘已满或出现故障（{reason}）。店铺文件未做更改。请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/dbfiles.py" line="143"/>
        <source>The backup could not be written to {folder}: the disk is full or failing ({reason}). Nothing was saved under a backup name, and the shop file was not changed. Free some disk space and try again.</source>
        <translation>无法将备份写入{folder}：磁盘已满或出现故障（{reason}）。未保存任何备份文件，店铺文件也未做更改。请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/dbfiles.py" line="198"/>
        <source>Copying the shop file…</source>
        <translation>正在复制店铺文件…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="57"/>
        <source>Backups</source>
        <extracomment>The owner confirmed restoring this backup; the main window does the swap.</extracomment>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="62"/>
        <source>crmdesk backs up the shop file by itself: when you close it, every half hour while you work, and before updates, imports and restores. Each backup is checked before it is kept.</source>
        <translation>crmdesk 会自动备份店铺文件：关闭时、使用中每半小时一次，以及升级、导入和恢复之前。每份备份保存前都会经过校验。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="74"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="74"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="74"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="74"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="75"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="87"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="89"/>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="91"/>
        <source>Show folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="117"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="118"/>
        <source>On closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="119"/>
        <source>While working</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="120"/>
        <source>Before an update</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="121"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="122"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="123"/>
        <source>Before deleting</source>
        <translation>删除前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="129"/>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="139"/>
        <source>No backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="176"/>
        <location filename="../../crmdesk/ui/backups.py" line="205"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="187"/>
        <source>Backed up and checked: {customers} customers, {orders} orders.</source>
        <translation>已备份并校验：{customers}位客户，{orders}笔订单。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="194"/>
        <source>The backup was not made.</source>
        <translation>备份未完成。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="201"/>
        <source>The backup was cancelled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="223"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/backups.py" line="225"/>
        <source>Put the backup of {when} ({customers} customers, {orders} orders) in place of the shop file?

Changes made since then will no longer be shown. The current file is kept as a backup first, so you can undo this by restoring that one.</source>
        <translation>用{when}的备份（{customers}位客户，{orders}笔订单）替换当前店铺文件吗？

此后所做的更改将不再显示。当前文件会先保留为备份，如需撤销，恢复该备份即可。</translation>
    </message>
</context>
<context>
    <name>BasicTab</name>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="152"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="153"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="208"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="155"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="157"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="158"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="159"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="162"/>
        <source>Mobile or landline, e.g. 13812345678</source>
        <translation>手机或座机，如 13812345678</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="163"/>
        <source>Masked number (as exported by the platform)</source>
        <translation>隐私号（平台导出的打码号码）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="175"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="239"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="177"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="240"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="179"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="241"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="186"/>
        <source>Platform search</source>
        <translation>平台搜索</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="187"/>
        <source>Friend referral</source>
        <translation>朋友推荐</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="188"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="189"/>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="190"/>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="191"/>
        <source>Offline store</source>
        <translation>线下门店</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="197"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="199"/>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="200"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="201"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="202"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="204"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="206"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="211"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="212"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="213"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="214"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="218"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="224"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="226"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="228"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="229"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="233"/>
        <source>Address and source</source>
        <translation>地址与来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="244"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="246"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="249"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="250"/>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="253"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="254"/>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_basic.py" line="257"/>
        <location filename="../../crmdesk/ui/card_basic.py" line="260"/>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
</context>
<context>
    <name>BonusDialog</name>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="156"/>
        <source>Add bonus</source>
        <translation>发放奖励积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="169"/>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="172"/>
        <source>Bonus</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="174"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="176"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="191"/>
        <source>Nothing was added: this bonus was already given.</source>
        <translation>未发放：该奖励已经发放过。</translation>
    </message>
</context>
<context>
    <name>CardLabels</name>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="43"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="15"/>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="44"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="16"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="45"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="17"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="46"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="18"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="47"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="19"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="153"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="26"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="153"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="27"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="154"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="28"/>
        <source>Platform message</source>
        <translation>旺旺/平台消息</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="154"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="29"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="155"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="30"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="155"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="31"/>
        <source>Visit</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="158"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="38"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="158"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="39"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="159"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="40"/>
        <source>Care</source>
        <translation>关怀</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="159"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="41"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="160"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="42"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="161"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="43"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="161"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="44"/>
        <source>Win-back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="164"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="51"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="164"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="52"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="165"/>
        <location filename="../../crmdesk/ui/card_labels.py" line="53"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="60"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="61"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="62"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="63"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="64"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="65"/>
        <source>No longer needed</source>
        <translation>不再需要</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="66"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="73"/>
        <source>Existing customer survey card</source>
        <translation>现有客户调查卡</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="75"/>
        <source>Lost customer survey card</source>
        <translation>流失客户调查卡</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_labels.py" line="76"/>
        <source>Potential customer survey card</source>
        <translation>潜在客户调查卡</translation>
    </message>
</context>
<context>
    <name>CardMembership</name>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="56"/>
        <source>Upgrade by the rules</source>
        <translation>按规则升级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="57"/>
        <source>Yearly review</source>
        <translation>年度评定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="58"/>
        <source>Tier rules changed</source>
        <translation>等级规则变更</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="59"/>
        <source>Set by hand</source>
        <translation>手动设定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="68"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="69"/>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="70"/>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="71"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="72"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="81"/>
        <source>points × {m}</source>
        <translation>积分 × {m}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="83"/>
        <source>free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="85"/>
        <source>birthday gift: {gift}</source>
        <translation>生日礼：{gift}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="87"/>
        <source>care: {plan}</source>
        <translation>关怀：{plan}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="48"/>
        <source>Edit contact record</source>
        <translation>编辑接触记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="48"/>
        <source>Add contact record</source>
        <translation>添加接触记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="61"/>
        <source>What was it about?</source>
        <translation>沟通了什么内容？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="62"/>
        <source>What came of it (optional)</source>
        <translation>沟通结果（可选）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="74"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="75"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="76"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="77"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="78"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="81"/>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="85"/>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="88"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="91"/>
        <source>Complaint status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/contact_dialog.py" line="92"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="270"/>
        <source>Enter the date and time of the contact.</source>
        <translation>请输入接触的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="274"/>
        <source>Unknown contact channel &quot;{channel}&quot;.</source>
        <translation>未知的接触渠道“{channel}”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="281"/>
        <source>Unknown contact type &quot;{kind}&quot;.</source>
        <translation>未知的接触类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="284"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="287"/>
        <source>Write a short summary of the contact.</source>
        <translation>请简要填写本次接触的摘要。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="294"/>
        <source>Unknown complaint status &quot;{status}&quot;.</source>
        <translation>未知的投诉状态“{status}”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="299"/>
        <source>Only a complaint has a complaint status.</source>
        <translation>只有投诉才有投诉状态。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="307"/>
        <source>The follow-up date is not a date.</source>
        <translation>跟进日期不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="314"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="318"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="327"/>
        <source>Contact record {id} does not exist.</source>
        <translation>接触记录{id}不存在。</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../crmdesk/ui/card_contacts.py" line="38"/>
        <source>Add contact…</source>
        <extracomment>A contact record was added, changed or removed (services.customers.Changed).</extracomment>
        <translation>添加接触记录…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_contacts.py" line="38"/>
        <source>Edit contact…</source>
        <translation>编辑接触记录…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_contacts.py" line="38"/>
        <source>Remove contact</source>
        <translation>删除接触记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_contacts.py" line="39"/>
        <source>Save the new card first (Ctrl+S), then record contacts.</source>
        <translation>请先保存新资料卡（Ctrl+S），再添加接触记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/card_contacts.py" line="62"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_contacts.py" line="95"/>
        <location filename="../../crmdesk/ui/card_contacts.py" line="105"/>
        <source>Remove contact record</source>
        <translation>删除接触记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_contacts.py" line="96"/>
        <source>Remove the contact record of %1?</source>
        <translation>删除%1的这条接触记录吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="104"/>
        <source>When</source>
        <translation>接触时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="105"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="106"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="108"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="113"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="117"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="119"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>CustomerAnalysisWidget</name>
    <message>
        <location filename="../../crmdesk/ui/card_analysis.py" line="85"/>
        <location filename="../../crmdesk/ui/card_analysis.py" line="92"/>
        <source>Save the card first: the analysis follows its orders.</source>
        <translation>请先保存资料卡：分析依据其订单计算。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_analysis.py" line="103"/>
        <source>Figures as of {day}, measured against {n} buying customers of the shop. Each shows what went in and the rule that gave it.</source>
        <translation>截至{day}的数据，以本店{n}位购买客户为参照。每项都列出了所用数据和判定规则。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_analysis.py" line="108"/>
        <source>No valid order yet: RFM, pyramid, value, lifetime value and loyalty start with the first order.</source>
        <translation>尚无有效订单：RFM、金字塔、价值矩阵、终生价值和忠诚度从首笔订单开始计算。</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="68"/>
        <source>Basic</source>
        <extracomment>The card (or its orders/contacts) changed: carries services.customers.Changed. The owner wants to see another customer&apos;s card (a duplicate found while saving).</extracomment>
        <translation>基本资料</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="69"/>
        <source>Attitude</source>
        <translation>态度偏好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="70"/>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="71"/>
        <source>Contacts</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="73"/>
        <source>Analysis</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="75"/>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="77"/>
        <location filename="../../crmdesk/ui/card.py" line="291"/>
        <location filename="../../crmdesk/ui/card.py" line="301"/>
        <source>Move to recycle bin</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="78"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="79"/>
        <source>Save the card (Ctrl+S)</source>
        <translation>保存资料卡（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="80"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="149"/>
        <source>New card, not saved yet</source>
        <translation>新资料卡，尚未保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="152"/>
        <source>In the recycle bin since %1</source>
        <translation>自%1起在回收站中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="156"/>
        <source>No. %1 · created %2</source>
        <translation>编号 %1 · 创建于%2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="165"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="238"/>
        <source>phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="244"/>
        <source>buyer ID %1</source>
        <translation>买家ID %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="248"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="251"/>
        <source>A customer with this phone/buyer ID already exists: %1. Open the existing card?</source>
        <translation>已有相同电话/买家ID的客户：%1。打开已有的资料卡吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="255"/>
        <source>Open existing card</source>
        <translation>打开已有资料卡</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="256"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="293"/>
        <source>Move the card of %1 to the recycle bin? You can restore it from there.</source>
        <translation>将%1的资料卡移到回收站吗？之后可从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="312"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card.py" line="313"/>
        <source>Save the changes to this card before closing?</source>
        <translation>关闭前保存对此资料卡的更改吗？</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="233"/>
        <source>The {platform} buyer ID {buyer} belongs to {name} (#{id}) in the recycle bin. Restore that card, or delete it for good first.</source>
        <translation>{platform}买家ID {buyer} 属于回收站中的{name}（#{id}）。请先恢复该资料卡，或将其彻底删除。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="239"/>
        <source>The {platform} buyer ID {buyer} already belongs to {name} (#{id}). Open that card, or merge the two cards.</source>
        <translation>{platform}买家ID {buyer} 已属于{name}（#{id}）。请打开该资料卡，或合并这两张资料卡。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="258"/>
        <source>The referrer #{id} is not another customer.</source>
        <translation>推荐人 #{id} 不是另一位客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_merge.py" line="154"/>
        <source>from merged card #{id}</source>
        <extracomment>Fields taken from the merged card when the kept card has none. Free-text fields: when both cards have text, the merged card&apos;s is appended. Tables handled one by one below rather than by the generic move.</extracomment>
        <translation>来自已合并的资料卡 #{id}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customers.py" line="155"/>
        <source>Customer #{id} does not exist (any more).</source>
        <extracomment>Relationship statuses (DESIGN §2), stored in ``customers.relationship_status``.</extracomment>
        <translation>客户 #{id} 不存在（或已删除）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customers.py" line="380"/>
        <source>Choose two different cards to merge.</source>
        <translation>请选择两张不同的资料卡进行合并。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../crmdesk/db.py" line="101"/>
        <source>This shop file is already open in another crmdesk window: {path}. Close the other window first.</source>
        <translation>此店铺文件已在另一个 crmdesk 窗口中打开：{path}。请先关闭那个窗口。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="220"/>
        <source>it looks like a zip archive or an Excel workbook</source>
        <translation>它看起来是 zip 压缩包或 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="222"/>
        <source>it looks like an old Office document</source>
        <translation>它看起来是旧版 Office 文档</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="224"/>
        <source>it looks like a PDF document</source>
        <translation>它看起来是 PDF 文档</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="226"/>
        <source>it looks like a picture</source>
        <translation>它看起来是图片</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="241"/>
        <source>The shop file {path} is damaged: {reason}</source>
        <translation>店铺文件{path}已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="250"/>
        <source>{path} is not a crmdesk shop file ({what}). It was left untouched.</source>
        <translation>{path}不是 crmdesk 店铺文件（{what}）。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="280"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="286"/>
        <source>crmdesk may not read the shop file {path}: {reason}</source>
        <translation>crmdesk 无权读取店铺文件{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="293"/>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="298"/>
        <source>the file does not start like a database</source>
        <translation>文件开头不是数据库格式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="308"/>
        <source>a database of another program</source>
        <translation>其他程序的数据库</translation>
    </message>
    <message>
        <location filename="../../crmdesk/db.py" line="315"/>
        <location filename="../../crmdesk/db.py" line="441"/>
        <source>This shop file was saved by a newer version of crmdesk (schema {rev}). Install the newer crmdesk to open it; the file was not changed.</source>
        <translation>此店铺文件由更新版本的 crmdesk 保存（架构 {rev}）。请安装新版 crmdesk 后再打开；文件未做更改。</translation>
    </message>
</context>
<context>
    <name>DeletedTableModel</name>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="38"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="39"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="40"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../crmdesk/commands/demo.py" line="44"/>
        <source>--customers must be at least 1.</source>
        <translation>--customers 至少为 1。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/demo.py" line="46"/>
        <source>--orders must not be negative.</source>
        <translation>--orders 不能为负数。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/demo.py" line="54"/>
        <source>{path} is a shop file with real customers, not a demo shop; it was left unchanged. Choose another file with --db.</source>
        <translation>{path}是存有真实客户的店铺文件，不是演示店铺；文件未做更改。请用 --db 指定其他文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/demo.py" line="64"/>
        <source>The demo shop {path} already exists ({n} customers); kept as it is.</source>
        <translation>演示店铺{path}已存在（{n}位客户），保持原样。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/demo.py" line="80"/>
        <source>Created the demo shop {path}: {customers} customers ({accounts} platform accounts), {orders} orders ({items} items), {contacts} contact records, {tags} tags, {dates} important dates.</source>
        <translation>已创建演示店铺{path}：{customers}位客户（{accounts}个平台账号），{orders}笔订单（{items}件商品），{contacts}条接触记录，{tags}个标签，{dates}个重要日期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/demo.py" line="72"/>
        <source>The demo shop needs at least one customer.</source>
        <translation>演示店铺至少需要一位客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/demo.py" line="76"/>
        <source>Making up customers…</source>
        <translation>正在生成客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/demo.py" line="80"/>
        <source>Making up orders…</source>
        <translation>正在生成订单…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/demo.py" line="85"/>
        <source>Writing the shop file…</source>
        <translation>正在写入店铺文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/demo.py" line="89"/>
        <source>This shop file already holds customers; the demo shop is only created in a new, empty file.</source>
        <translation>此店铺文件中已有客户；演示店铺只能在新的空文件中创建。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/demo.py" line="98"/>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/demo.py" line="101"/>
        <source>Computing customer figures…</source>
        <translation>正在计算客户数据…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/demo.py" line="111"/>
        <source>The demo shop is ready.</source>
        <translation>演示店铺已就绪。</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="158"/>
        <source>Customers already in your shop file</source>
        <translation>店铺文件中已有的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="159"/>
        <source>Choose what happens to them, then press Import.</source>
        <translation>请选择如何处理这些客户，然后点击“导入”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="164"/>
        <source>When a row matches a customer you already have</source>
        <translation>当某行与已有客户匹配时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="166"/>
        <source>Update the customer with what the file has (recommended)</source>
        <translation>用文件中的内容更新该客户（推荐）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="169"/>
        <source>Skip the row; keep the customer as it is</source>
        <translation>跳过该行，客户保持不变</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="171"/>
        <source>Create a new customer anyway</source>
        <translation>仍然新建客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="205"/>
        <source>Each order is matched to a customer by the buyer&apos;s platform account, then by phone; a new customer is created only when nothing matches. An order already in your shop file (same platform and order number) is updated, never added twice.</source>
        <translation>每笔订单先按买家的平台账号、再按电话匹配客户；都匹配不到时才新建客户。店铺文件中已有的订单（平台和订单号相同）会被更新，不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="211"/>
        <source>Press Import to import {n} orders.</source>
        <translation>点击“导入”以导入{n}笔订单。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="215"/>
        <source>A row matches a customer you already have by platform account or phone.</source>
        <translation>平台账号或电话与已有客户相同，即视为匹配。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="217"/>
        <source>Press Import to import {n} customers.</source>
        <translation>点击“导入”以导入{n}位客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="237"/>
        <source>Backing up your shop file…</source>
        <translation>正在备份店铺文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="250"/>
        <source>Importing {name}…</source>
        <translation>正在导入{name}…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="274"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="276"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="278"/>
        <source>The import failed; nothing was changed.</source>
        <translation>导入失败，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crmdesk/ui/errors.py" line="54"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/errors.py" line="72"/>
        <source>Something went wrong inside crmdesk. Your saved data is safe.</source>
        <translation>crmdesk 内部出错。已保存的数据是安全的。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/errors.py" line="74"/>
        <source>The details were written to the log file:
{path}</source>
        <translation>详细信息已写入日志文件：
{path}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/errors.py" line="76"/>
        <source>No log file is in use.</source>
        <translation>当前未使用日志文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/errors.py" line="77"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../crmdesk/commands/transfer_export.py" line="42"/>
        <source>The file name must end in .xlsx.</source>
        <translation>文件名必须以 .xlsx 结尾。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_export.py" line="48"/>
        <source>There is no shop file {path}.</source>
        <translation>店铺文件{path}不存在。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_export.py" line="67"/>
        <source>Wrote {n} rows to {path}.</source>
        <translation>已将{n}行写入{path}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/reports/workbooks.py" line="147"/>
        <source>The disk is full or failing; {path} was not written.</source>
        <extracomment>Column kinds: how a column&apos;s values are written and formatted.</extracomment>
        <translation>磁盘已满或出现故障，未能写入{path}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/reports/workbooks.py" line="216"/>
        <source>Writing rows</source>
        <translation>正在写入数据行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/reports/workbooks.py" line="231"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting.py" line="98"/>
        <source>{shop} exported by crmdesk on {time}</source>
        <extracomment>Rows read per query while a workbook is written. Customers read per query by the customer export (one query per chunk). Register column key -&gt; kind of cell in the workbook.</extracomment>
        <translation>{shop}，由 crmdesk 于{time}导出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting.py" line="125"/>
        <source>Unknown register column: {key}.</source>
        <translation>未知的名册列：{key}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting.py" line="202"/>
        <location filename="../../crmdesk/services/exporting.py" line="231"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting.py" line="290"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="65"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="66"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="67"/>
        <location filename="../../crmdesk/services/exporting_records.py" line="142"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="68"/>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="69"/>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="70"/>
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="71"/>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="72"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="73"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="74"/>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="75"/>
        <source>Receiver phone</source>
        <translation>收货人电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="76"/>
        <source>Receiver address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="77"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="82"/>
        <location filename="../../crmdesk/services/exporting_records.py" line="125"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="143"/>
        <source>Contacted at</source>
        <translation>接触时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="144"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="145"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="146"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="147"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="148"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="149"/>
        <source>Complaint status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="150"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/exporting_records.py" line="168"/>
        <location filename="../../crmdesk/services/exporting_records.py" line="201"/>
        <source>Contact records</source>
        <translation>接触记录</translation>
    </message>
</context>
<context>
    <name>FigureBox</name>
    <message>
        <location filename="../../crmdesk/ui/card_analysis.py" line="53"/>
        <source>{what}:</source>
        <translation>{what}：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_analysis.py" line="61"/>
        <source>Too little data: </source>
        <translation>数据太少：</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="54"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="57"/>
        <source>A customer list, or an order export downloaded from Taobao, Tmall, JD, Pinduoduo, Douyin, Kuaishou, Youzan or a WeChat shop.</source>
        <translation>客户名单，或从淘宝、天猫、京东、拼多多、抖店、快手、有赞、微信小店下载的订单导出文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="63"/>
        <source>Path of an .xlsx, .xls, .csv or .html file</source>
        <translation>.xlsx、.xls、.csv 或 .html 文件的路径</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="65"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="73"/>
        <source>Nothing is written to your shop file until you press Import on the last step; every row is checked first and you see each problem by row and column.

No customer list yet? Data ▸ Save import template… writes a workbook with the right columns to fill in.</source>
        <translation>在最后一步点击“导入”之前，不会向店铺文件写入任何内容；每一行都会先经过检查，所有问题都按行和列列出。

还没有客户名单？“数据 ▸ 保存导入模板…”可生成一个列已设好的工作簿供您填写。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="83"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="98"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="113"/>
        <source>There is no file {path}.</source>
        <translation>文件{path}不存在。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="58"/>
        <source>Welcome to crmdesk</source>
        <translation>欢迎使用 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="63"/>
        <source>crmdesk keeps your customer files on this computer. How would you like to start?</source>
        <translation>crmdesk 将客户档案保存在这台电脑上。您想如何开始？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="70"/>
        <source>Shop name, e.g. 小美手工皂</source>
        <translation>店铺名称，如 小美手工皂</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="71"/>
        <source>Start a new shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="81"/>
        <source>Open a shop file…</source>
        <translation>打开店铺文件…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="84"/>
        <source>Try the demo shop</source>
        <translation>试用演示店铺</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="87"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="100"/>
        <source>A new shop</source>
        <translation>新店铺</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="101"/>
        <source>An empty shop file in your data folder: {folder}</source>
        <translation>在数据文件夹中新建一个空店铺文件：{folder}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="108"/>
        <source>An existing shop file</source>
        <translation>已有店铺文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="109"/>
        <source>A .crmdesk file from another computer, a backup or a USB stick.</source>
        <translation>来自其他电脑、备份或U盘的 .crmdesk 文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="116"/>
        <source>The demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="118"/>
        <source>About 2,000 made-up customers and 15,000 orders to try everything. It is kept in its own file, apart from your real data.</source>
        <translation>约2,000位虚拟客户和15,000笔订单，可随意试用各项功能。演示数据保存在单独的文件中，与您的真实数据分开。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/first_run.py" line="138"/>
        <source>Open a shop file</source>
        <translation>打开店铺文件</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="75"/>
        <location filename="../../crmdesk/commands/transfer_import.py" line="116"/>
        <source>row {row}</source>
        <extracomment>Problems printed before &quot;... and N more&quot;.</extracomment>
        <translation>第{row}行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="77"/>
        <source>, column {column}</source>
        <translation>，“{column}”列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="79"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="81"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="86"/>
        <source>... and {n} more.</source>
        <translation>……另有{n}条。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="103"/>
        <source>There is no file {path}.</source>
        <translation>文件{path}不存在。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="118"/>
        <source>column {column}</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="130"/>
        <source>{n} rows have errors; nothing was imported. Correct the file, or use --skip-bad-rows to import the other rows.</source>
        <translation>有{n}行存在错误，未导入任何数据。请修正文件，或使用 --skip-bad-rows 导入其余各行。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="153"/>
        <source>Rows: {total} in the file, {imported} imported, {rejected} rejected, {blank} blank.</source>
        <translation>行数：文件共{total}行，已导入{imported}行，拒绝{rejected}行，空行{blank}行。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="162"/>
        <source>Customers: {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>客户：新建{created}位，更新{updated}位，未变{unchanged}位，跳过{skipped}位。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="176"/>
        <source>Customers restored from the recycle bin: {n}.</source>
        <translation>从回收站恢复的客户：{n}位。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/commands/transfer_import.py" line="180"/>
        <source>Orders: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>订单：新增{added}笔，更新{updated}笔，未变{unchanged}笔。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/cells.py" line="104"/>
        <location filename="../../crmdesk/services/importing/cells.py" line="127"/>
        <source>{0} is not an amount.</source>
        <extracomment>Excel keeps 15 significant digits; more in a number cell means digits were lost. Platforms write Beijing time; times carrying another offset are converted to it.</extracomment>
        <translation>{0}不是金额。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/cells.py" line="117"/>
        <location filename="../../crmdesk/services/importing/cells.py" line="120"/>
        <source>“{0}” is not an amount.</source>
        <translation>“{0}”不是金额。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/cells.py" line="141"/>
        <location filename="../../crmdesk/services/importing/cells.py" line="171"/>
        <source>{0} is not a date.</source>
        <translation>{0}不是日期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/cells.py" line="155"/>
        <source>“{0}” is not a date.</source>
        <translation>“{0}”不是日期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/cells.py" line="175"/>
        <source>{0} is 29 February 1900, a day that does not exist.</source>
        <translation>{0}是1900年2月29日，这一天并不存在。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/cells.py" line="217"/>
        <location filename="../../crmdesk/services/importing/cells.py" line="220"/>
        <location filename="../../crmdesk/services/importing/cells.py" line="226"/>
        <source>{0} is not an id.</source>
        <translation>{0}不是有效的编号。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/cells.py" line="240"/>
        <source>{0} has lost digits: Excel keeps only 15 digits of a number, so this file was probably opened and saved again in Excel. Import the original file exported from the platform instead.</source>
        <translation>{0}已丢失部分数字：Excel 只保留数字的15位有效位，此文件可能被 Excel 打开并重新保存过。请改为导入平台导出的原始文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/commit.py" line="55"/>
        <source>Unknown choice for duplicates: {v}.</source>
        <translation>未知的重复处理方式：{v}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/commit.py" line="80"/>
        <source>Saving customers</source>
        <translation>正在保存客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/commit.py" line="84"/>
        <source>Updating search and figures</source>
        <translation>正在更新搜索和数据</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/commit.py" line="173"/>
        <source>Matching customers</source>
        <translation>正在匹配客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/commit.py" line="225"/>
        <source>Buyer of order {no}</source>
        <translation>订单{no}的买家</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/commit.py" line="274"/>
        <source>Matching orders</source>
        <translation>正在匹配订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/commit.py" line="355"/>
        <source>Saving orders</source>
        <translation>正在保存订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="139"/>
        <source>The text is too long (at most {n} characters).</source>
        <extracomment>Names that do not depend on the interface language, looked up before translating.</extracomment>
        <translation>文字过长（最多{n}个字符）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="158"/>
        <source>“{v}” is not 个人 or 企业; left out.</source>
        <translation>“{v}”不是“个人”或“企业”，已忽略。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="169"/>
        <source>“{v}” is not a gender; left out.</source>
        <translation>“{v}”不是有效的性别，已忽略。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="179"/>
        <source>The birthday was left out.</source>
        <translation>生日已忽略。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="191"/>
        <source>The e-mail was left out.</source>
        <translation>邮箱已忽略。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="209"/>
        <source>“{v}” is not a platform crmdesk knows.</source>
        <translation>“{v}”不是 crmdesk 支持的平台。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="216"/>
        <source>A buyer ID needs its platform; it was left out. Fill the platform column to keep it.</source>
        <translation>买家ID需要对应平台，已忽略。请填写平台列以保留买家ID。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="228"/>
        <source>Name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="239"/>
        <source>A tag is longer than 60 characters.</source>
        <translation>有标签超过60个字符。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="268"/>
        <source>“{v}” was cut short; left out.</source>
        <translation>“{v}”不完整，已忽略。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="275"/>
        <source>“{v}” is not “platform: buyer ID”.</source>
        <translation>“{v}”不是“平台: 买家ID”格式。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/customer_rows.py" line="308"/>
        <source>Choose the column that holds the customers&apos; names.</source>
        <translation>请选择包含客户姓名的列。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="40"/>
        <source>Name</source>
        <extracomment>Customer-list fields, in the order the mapping page lists them.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="57"/>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="59"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="62"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="67"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="89"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="94"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="99"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="104"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="107"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="110"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="115"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="129"/>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="134"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="139"/>
        <source>Buyer ID</source>
        <translation>买家ID</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="154"/>
        <source>Buyer nickname</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="158"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="162"/>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="167"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="180"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="184"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="189"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="194"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="199"/>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="204"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="291"/>
        <source>There is no field called {field}.</source>
        <translation>没有名为{field}的字段。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="296"/>
        <source>The file has no column called {header}.</source>
        <translation>文件中没有名为{header}的列。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="337"/>
        <source>A preset needs a name.</source>
        <translation>方案需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="340"/>
        <source>The preset name is too long (at most 100 characters).</source>
        <translation>方案名称过长（最多100个字符）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="345"/>
        <location filename="../../crmdesk/services/importing/pipeline.py" line="127"/>
        <source>Unknown kind of file: {kind}.</source>
        <translation>未知的文件类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/mapping.py" line="379"/>
        <source>There is no import preset called {name}.</source>
        <translation>没有名为{name}的导入方案。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/matching.py" line="245"/>
        <source>Customer {name} was in the recycle bin and has been restored.</source>
        <extracomment>Customer columns an import may set. New customers from which a first import drops and rebuilds the customers&apos; indexes. The trigger that keeps the search index up to date on inserts (migration 0001). CREATE INDEX statements of customer indexes dropped for a big insert (see flush).</extracomment>
        <translation>客户{name}原在回收站中，已恢复。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/matching.py" line="278"/>
        <source>Buyer ID {buyer} ({platform}) already belongs to another customer; it was not added twice.</source>
        <translation>买家ID {buyer}（{platform}）已属于另一位客户，未重复添加。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/order_rows.py" line="67"/>
        <source>The order number is missing.</source>
        <translation>缺少订单号。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/order_rows.py" line="105"/>
        <source>“{v}” is not a quantity; 1 was used.</source>
        <translation>“{v}”不是有效数量，已按1计。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/order_rows.py" line="119"/>
        <source>The name is too long; it was cut.</source>
        <translation>姓名过长，已截断。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/order_rows.py" line="140"/>
        <source>Unknown order status “{v}”; imported as {s}.</source>
        <translation>未知的订单状态“{v}”，已按“{s}”导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/order_rows.py" line="185"/>
        <source>The order time is missing.</source>
        <translation>缺少下单时间。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/order_rows.py" line="204"/>
        <source>The refund is larger than the amount paid; it was capped at the amount paid.</source>
        <translation>退款金额大于实付金额，已按实付金额计。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/order_rows.py" line="325"/>
        <source>This file has no order number column, so it is not a {p} order export.</source>
        <translation>此文件没有订单号列，因此不是{p}的订单导出文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/order_rows.py" line="398"/>
        <source>Another row of the same order has an error.</source>
        <translation>同一订单的另一行有错误。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/pipeline.py" line="131"/>
        <source>crmdesk has no order layout for the platform {p}.</source>
        <translation>crmdesk 没有{p}平台的订单格式。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/pipeline.py" line="143"/>
        <source>The platform of this order file was not recognised from its column names. Choose the platform, or import it as a customer list.</source>
        <translation>无法根据列名识别此订单文件所属平台。请选择平台，或作为客户名单导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/pipeline.py" line="182"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/pipeline.py" line="184"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/pipeline.py" line="196"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/records.py" line="232"/>
        <source>The phone was left out.</source>
        <translation>电话已忽略。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/records.py" line="277"/>
        <source>Checking rows</source>
        <translation>正在检查数据行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="32"/>
        <source>a PNG image</source>
        <extracomment>Real workbooks compress 5-100 times; a zip bomb ~1000 times. Small parts may be odd.</extracomment>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="33"/>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="34"/>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="35"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="36"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="37"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="38"/>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="39"/>
        <source>a database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="40"/>
        <source>a program</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="61"/>
        <source>This file is {0}, not a spreadsheet. Choose the .xlsx, .xls or .csv file exported from the platform.</source>
        <extracomment>Largest uncompressed member of a zip container, in bytes (0 otherwise).</extracomment>
        <translation>此文件是{0}，不是电子表格。请选择平台导出的 .xlsx、.xls 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="71"/>
        <source>This workbook is protected with a password (JD sends the password by text message). Open it in Excel or WPS with the password, save it as a new .xlsx file without a password, and import that file.</source>
        <translation>此工作簿设有密码（京东会通过短信发送密码）。请用密码在 Excel 或 WPS 中打开，另存为不带密码的新 .xlsx 文件，再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="85"/>
        <source>The file {0} does not exist (any more).</source>
        <translation>文件{0}不存在（或已被删除）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="87"/>
        <source>{0} is a folder, not a file.</source>
        <translation>{0}是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="89"/>
        <source>The file {0} cannot be opened: {1}</source>
        <translation>无法打开文件{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="91"/>
        <source>The file {0} is empty (0 bytes).</source>
        <translation>文件{0}为空（0 字节）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="93"/>
        <source>The file {0} is {1:,} MB; files over {2:,} MB are not imported. Export a shorter period from the platform.</source>
        <translation>文件{0}大小为{1:,} MB，超过{2:,} MB的文件不能导入。请从平台导出较短时间段的数据。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="121"/>
        <source>an OpenDocument text or presentation file</source>
        <translation>OpenDocument 文本或演示文稿</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="128"/>
        <location filename="../../crmdesk/services/importing/sniff.py" line="234"/>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="130"/>
        <location filename="../../crmdesk/services/importing/sniff.py" line="236"/>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="132"/>
        <source>The file {0} is damaged (the zip container is incomplete or broken). It may not have finished downloading; export it again.</source>
        <translation>文件{0}已损坏（zip 容器不完整或已损坏），可能未下载完整；请重新导出。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="137"/>
        <source>a zip archive</source>
        <translation>zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="147"/>
        <source>The workbook holds {0:,} parts; a real export holds a few dozen. It was not read, for safety.</source>
        <translation>该工作簿包含{0:,}个部件，而正常的导出文件只有几十个。为安全起见，未读取该文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="157"/>
        <source>The workbook uses a compression method crmdesk cannot read.</source>
        <translation>该工作簿使用了 crmdesk 无法读取的压缩方式。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="165"/>
        <source>The workbook unpacks to {0:,} MB from {1:,} KB ({2:,.0f} times larger): it is not a normal export and was not read, for safety.</source>
        <translation>该工作簿从{1:,} KB解压后达{0:,} MB（放大{2:,.0f}倍），不是正常的导出文件。为安全起见，未读取该文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="224"/>
        <source>The file {0} is damaged (its Office container cannot be read). Export it again.</source>
        <translation>文件{0}已损坏（无法读取其 Office 容器）。请重新导出。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="237"/>
        <source>an Office file of an unknown kind</source>
        <translation>未知类型的 Office 文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="246"/>
        <source>a file of an unknown kind</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="251"/>
        <source>This is an “XML Spreadsheet 2003” file. Open it in Excel or WPS, save it as .xlsx and import that file.</source>
        <translation>这是“XML 电子表格 2003”文件。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="257"/>
        <source>an XML or web file</source>
        <translation>XML 或网页文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/sniff.py" line="281"/>
        <source>The file {0} is neither UTF-8 nor GBK text, and not a spreadsheet either.</source>
        <translation>文件{0}既不是 UTF-8 或 GBK 编码的文本，也不是电子表格。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/textread.py" line="21"/>
        <source>Row {0}, column {1} holds {2:,} characters; a spreadsheet cell holds at most {3:,}. The file is damaged or not an export.</source>
        <extracomment>Excel&apos;s own limit for one cell; longer text is not a real export.</extracomment>
        <translation>第{0}行第{1}列有{2:,}个字符，而电子表格单元格最多只能容纳{3:,}个。文件已损坏或不是导出文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/textread.py" line="58"/>
        <source>Row {0} of the CSV file cannot be read: {1}</source>
        <translation>无法读取 CSV 文件的第{0}行：{1}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/textread.py" line="140"/>
        <source>The web page {0} holds no table, so there is nothing to import.</source>
        <translation>网页{0}中没有表格，没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/xlsxscan.py" line="61"/>
        <source>The file {0} is damaged and cannot be read. Export it again.</source>
        <extracomment>The prolog (before the root element) of a part may not be longer than this. Upper bound of the rectangle the reader will allocate (last row x last column).</extracomment>
        <translation>文件{0}已损坏，无法读取。请重新导出。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/xlsxscan.py" line="69"/>
        <source>The workbook contains XML constructs a spreadsheet never needs (a DTD or entity declarations, or a huge preamble). It was not read, for safety.</source>
        <translation>该工作簿包含电子表格不需要的 XML 结构（DTD、实体声明或超长前导内容）。为安全起见，未读取该文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="96"/>
        <source>Reading the file took longer than {0:.0f} seconds and was stopped.</source>
        <extracomment>Cells one read may hold (rows x columns). Bounds memory: ~6 million cells stay under 500 MB with calamine&apos;s copy and ours side by side.</extracomment>
        <translation>读取文件超过{0:.0f}秒，已停止。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="116"/>
        <source>{0} cells span several columns or rows; check them.</source>
        <translation>有{0}个单元格跨越多行或多列，请检查。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="147"/>
        <source>{0} rows are hidden in the workbook (rows {1}); they are read too.</source>
        <translation>工作簿中有{0}行被隐藏（第{1}行），这些行也会被读取。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="153"/>
        <source>Read {0:,} rows.</source>
        <translation>已读取{0:,}行。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="66"/>
        <source>The file {0} is damaged and cannot be read ({1}). Export it again.</source>
        <extracomment>The reader allocates a full rectangle up to the last used cell; a few cells placed far apart (A1 and ZZ1000000) would ask for gigabytes. 20 million cells ~ 640 MB there.</extracomment>
        <translation>文件{0}已损坏，无法读取（{1}）。请重新导出。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="106"/>
        <source>The workbook {0} holds no worksheet.</source>
        <translation>工作簿{0}中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="133"/>
        <source>The workbook has {0} sheets; reading “{1}”. Choose another sheet if the data is elsewhere.</source>
        <translation>该工作簿有{0}个工作表，正在读取“{1}”。如果数据在其他工作表中，请另行选择。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="176"/>
        <source>The workbook {0} has no sheet “{1}”. Its sheets: {2}.</source>
        <translation>工作簿{0}中没有工作表“{1}”。现有工作表：{2}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="189"/>
        <source>at least {0:,}</source>
        <translation>至少{0:,}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="192"/>
        <source>The sheet has {0} rows; at most {1:,} rows can be imported at once. Export a shorter period, or split the file.</source>
        <translation>该工作表有{0}行，一次最多只能导入{1:,}行。请导出较短时间段的数据，或拆分文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="200"/>
        <source>The sheet has {0} rows and {1:,} columns, more than can be read at once ({2:,} cells). Export fewer columns or a shorter period, or split the file.</source>
        <translation>该工作表有{0}行、{1:,}列，超出一次可读取的上限（{2:,}个单元格）。请减少导出的列或缩短时间段，或拆分文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="216"/>
        <source>The sheet “{0}” places cells so far apart that reading it would need {1:,} cells of memory. It is not a normal export and was not read, for safety.</source>
        <translation>工作表“{0}”中的单元格分布过于分散，读取需要{1:,}个单元格的内存。这不是正常的导出文件，为安全起见，未读取。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="229"/>
        <source>On sheet “{0}”, {1:,} cells ({2}{3}) hold formulas that were never calculated, so their values are unknown. Open the file in Excel or WPS, save it, and import it again.</source>
        <translation>工作表“{0}”中有{1:,}个单元格（{2}{3}）包含从未计算过的公式，其值未知。请在 Excel 或 WPS 中打开并保存该文件，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/calamine_sheets.py" line="259"/>
        <source>{0} cell ranges are merged ({1}); only the top-left cell of each holds the value, the other cells are read as empty.</source>
        <translation>有{0}个合并单元格区域（{1}）；每个区域只有左上角单元格有值，其余单元格按空值读取。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="227"/>
        <source>Reading row {0:,}…</source>
        <translation>正在读取第{0:,}行…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="256"/>
        <source>The sheet “{0}”</source>
        <translation>工作表“{0}”</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="257"/>
        <source>{0} is empty: there is nothing to import.</source>
        <translation>{0}为空，没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="263"/>
        <source>No header row (the row with the column names) was found in the first {0} rows. Choose the header row by hand.</source>
        <translation>在前{0}行中未找到表头行（包含列名的行）。请手动选择表头行。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="274"/>
        <source>Row {0} is outside the sheet (rows {1}–{2}).</source>
        <translation>第{0}行超出工作表范围（第{1}–{2}行）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing/readers.py" line="295"/>
        <source>Column names appear more than once: {0}.</source>
        <translation>列名重复：{0}。</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="36"/>
        <source>Order number</source>
        <extracomment>Fields the import cannot do without, per kind of file.</extracomment>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="37"/>
        <source>Sub-order number</source>
        <translation>子订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="38"/>
        <source>Buyer ID</source>
        <translation>买家ID</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="39"/>
        <source>Buyer nickname</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="40"/>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="41"/>
        <source>Receiver phone</source>
        <translation>收货人电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="42"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="43"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="44"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="45"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="46"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="47"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="48"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="49"/>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="50"/>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="51"/>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="52"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="53"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="54"/>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="55"/>
        <source>Reason closed</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="56"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="57"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="58"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="59"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="60"/>
        <source>Buyer&apos;s message</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="61"/>
        <source>Seller&apos;s note</source>
        <translation>卖家备注</translation>
    </message>
</context>
<context>
    <name>ImportPages</name>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="32"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.htm *.html);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.htm *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="40"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="41"/>
        <source>Excel binary workbook (.xlsb)</source>
        <translation>Excel 二进制工作簿 (.xlsb)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="42"/>
        <source>Excel 97-2003 workbook (.xls)</source>
        <translation>Excel 97-2003 工作簿 (.xls)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="43"/>
        <source>Web page table (.html)</source>
        <translation>网页表格 (.html)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="44"/>
        <source>Text file with separators (.csv)</source>
        <translation>带分隔符的文本文件 (.csv)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="45"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument 电子表格 (.ods)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="114"/>
        <source>Male</source>
        <extracomment>Rows the preview table shows at most (the counts above it cover the whole file).</extracomment>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="114"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="115"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="115"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="117"/>
        <location filename="../../crmdesk/ui/import_models.py" line="154"/>
        <location filename="../../crmdesk/ui/import_models.py" line="181"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="132"/>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="139"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="155"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="156"/>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="157"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="158"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="159"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="160"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="161"/>
        <source>Buyer ID</source>
        <translation>买家ID</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="162"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="163"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="164"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="178"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="178"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="181"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="181"/>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_models.py" line="181"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="69"/>
        <source>row {row}</source>
        <extracomment>Platforms an order export can come from, in the order the platform list shows them.</extracomment>
        <translation>第{row}行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="73"/>
        <source>column {column}</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="183"/>
        <source>Import customers or orders</source>
        <extracomment>The import was committed (an ImportSummary). Called on the worker thread with a reason before anything is written (a backup).</extracomment>
        <translation>导入客户或订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="187"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="226"/>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="231"/>
        <source>Reading {name}…</source>
        <translation>正在读取{name}…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_wizard.py" line="236"/>
        <source>Reading the file was cancelled. Press Next to read it again.</source>
        <translation>已取消读取文件。点击“下一步”可重新读取。</translation>
    </message>
</context>
<context>
    <name>ImportantDatesTable</name>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="46"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="47"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="48"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="49"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="50"/>
        <source>Remind days before</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="60"/>
        <source>Add date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="60"/>
        <source>Remove date</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_attitude.py" line="127"/>
        <source>Optional: the year it happened</source>
        <translation>可选：发生的年份</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="234"/>
        <source>Lock tier</source>
        <translation>锁定等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="246"/>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="247"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="249"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="68"/>
        <source>This is the demo shop: made-up customers in a file of their own. File ▸ New shop… starts your real shop.</source>
        <translation>这是演示店铺：虚拟客户保存在单独的文件中。通过“文件 ▸ 新建店铺…”开始建立您的真实店铺。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="109"/>
        <source>&amp;New shop…</source>
        <translation>新建店铺(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="110"/>
        <source>&amp;Open shop file…</source>
        <translation>打开店铺文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="111"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="114"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="116"/>
        <source>&amp;Open card</source>
        <translation>打开资料卡(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="118"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="120"/>
        <source>&amp;Merge two selected…</source>
        <translation>合并所选两位客户(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="121"/>
        <source>&amp;Recycle bin…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="122"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="123"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="124"/>
        <source>&amp;About crmdesk</source>
        <translation>关于 crmdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="133"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="139"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="141"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="172"/>
        <source>{name} (demo shop, made-up data)</source>
        <translation>{name}（演示店铺，虚拟数据）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="173"/>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="229"/>
        <source>Creating the demo shop…</source>
        <translation>正在创建演示店铺…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="352"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="367"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="378"/>
        <source>About crmdesk</source>
        <translation>关于 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="380"/>
        <source>&lt;b&gt;crmdesk {version}&lt;/b&gt;&lt;p&gt;Customer files for a small online shop, kept on this computer.&lt;/p&gt;&lt;p&gt;Shop file: {path}&lt;br&gt;Backups: {backups}&lt;/p&gt;</source>
        <translation>&lt;b&gt;crmdesk {version}&lt;/b&gt;&lt;p&gt;网店客户档案管理，数据保存在本机。&lt;/p&gt;&lt;p&gt;店铺文件：{path}&lt;br&gt;备份：{backups}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="81"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="83"/>
        <source>Choose which column of the file fills each field. Fields marked * are needed.</source>
        <translation>为每个字段选择文件中对应的列。标有 * 的字段为必填。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="90"/>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="93"/>
        <source>Save as preset…</source>
        <translation>另存为方案…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="96"/>
        <location filename="../../crmdesk/ui/import_mapping.py" line="259"/>
        <source>Delete preset</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="99"/>
        <source>Suggested columns</source>
        <translation>推荐的列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="103"/>
        <source>Preset:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="154"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="192"/>
        <source>Columns not imported: {columns}</source>
        <translation>不导入的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="194"/>
        <source>Every column is imported.</source>
        <translation>所有列都会导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="228"/>
        <source>This file has no column {columns}; those fields are not imported.</source>
        <translation>此文件没有{columns}列，这些字段不会导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="239"/>
        <source>Save preset</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="239"/>
        <source>Name of the preset:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="260"/>
        <source>Delete the preset “{name}”?</source>
        <translation>删除方案“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_mapping.py" line="284"/>
        <source>Choose the column for {field}.</source>
        <translation>请为“{field}”选择列。</translation>
    </message>
</context>
<context>
    <name>Membership</name>
    <message>
        <location filename="../../crmdesk/services/points.py" line="157"/>
        <source>Points per yuan must be zero or more.</source>
        <translation>每元积分必须大于或等于0。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points.py" line="161"/>
        <source>Unknown expiry policy: {v}.</source>
        <translation>未知的过期规则：{v}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points.py" line="173"/>
        <source>The value {value} is out of range.</source>
        <translation>数值{value}超出范围。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points.py" line="309"/>
        <source>Customer #{id} does not exist (any more).</source>
        <translation>客户 #{id} 不存在（或已删除）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="30"/>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="144"/>
        <source>Joining bonus</source>
        <translation>入会奖励</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="31"/>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="145"/>
        <source>Birthday month bonus</source>
        <translation>生日月奖励</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="32"/>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="146"/>
        <source>Survey bonus</source>
        <translation>问卷奖励</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="33"/>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="147"/>
        <source>Referral bonus</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="34"/>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="148"/>
        <source>Review bonus</source>
        <translation>评价奖励</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="66"/>
        <source>Unknown bonus: {kind}.</source>
        <translation>未知的奖励类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="68"/>
        <location filename="../../crmdesk/services/points_report.py" line="118"/>
        <location filename="../../crmdesk/services/rewards.py" line="191"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="162"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="75"/>
        <source>A bonus cannot be negative; use an adjustment.</source>
        <translation>奖励积分不能为负数，请使用积分调整。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="80"/>
        <source>It is not this customer&apos;s birthday month.</source>
        <translation>当前不是该客户的生日月。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="137"/>
        <location filename="../../crmdesk/services/tier_rules.py" line="339"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="141"/>
        <source>An adjustment needs a reason.</source>
        <translation>积分调整需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="145"/>
        <source>An adjustment of 0 points changes nothing.</source>
        <translation>调整0积分不会有任何变化。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_entries.py" line="153"/>
        <source>The customer has only {balance} points; cannot take {n}.</source>
        <translation>该客户只有{balance}积分，无法扣除{n}积分。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_lots.py" line="210"/>
        <source>Points expired on {date}</source>
        <translation>积分于{date}过期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_lots.py" line="230"/>
        <source>Expiring points</source>
        <translation>正在处理过期积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_lots.py" line="250"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="87"/>
        <source>Earned by order</source>
        <translation>订单获得</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="88"/>
        <source>Bonus</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="89"/>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="90"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="91"/>
        <source>Reversed (refund)</source>
        <translation>冲回（退款）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="92"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="109"/>
        <source>Entry</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="110"/>
        <location filename="../../crmdesk/services/points_report.py" line="159"/>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="111"/>
        <location filename="../../crmdesk/services/points_report.py" line="160"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="119"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="112"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="156"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="113"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="134"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="157"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="114"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="135"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="158"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="115"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="116"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="160"/>
        <source>Usable from</source>
        <translation>可用日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="117"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="161"/>
        <source>Expires</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="140"/>
        <source>Points ledger</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="161"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="98"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="162"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="159"/>
        <source>Balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="163"/>
        <source>Usable</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="164"/>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="165"/>
        <source>Expires on</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_report.py" line="186"/>
        <source>Points balances</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="82"/>
        <location filename="../../crmdesk/services/tier_rules.py" line="70"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="84"/>
        <source>A reward needs a name.</source>
        <translation>礼品需要名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="87"/>
        <source>Unknown reward kind: {kind}.</source>
        <translation>未知的礼品类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="92"/>
        <source>The points cost must be more than 0.</source>
        <translation>所需积分必须大于0。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="96"/>
        <source>The stock cannot be negative.</source>
        <translation>库存不能为负数。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="102"/>
        <source>A cash deduction needs the yuan it is worth.</source>
        <translation>抵现券需要填写抵扣金额（元）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="113"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="156"/>
        <source>Reward #{id} does not exist.</source>
        <translation>礼品 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="190"/>
        <source>Redeem at least one.</source>
        <translation>至少兑换一件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="197"/>
        <source>{name} is no longer in the catalogue.</source>
        <translation>{name}已不在兑换目录中。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="206"/>
        <source>More than the cap of ¥{cap} for one order.</source>
        <translation>超过单笔订单¥{cap}的抵扣上限。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="214"/>
        <source>Not enough points: {cost} needed, {available} usable.</source>
        <translation>积分不足：需要{cost}积分，可用{available}积分。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/rewards.py" line="228"/>
        <source>{name} is out of stock.</source>
        <translation>{name}已无库存。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_eval.py" line="181"/>
        <source>Welcome to {tier}</source>
        <translation>欢迎成为{tier}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="51"/>
        <source>Unknown tier basis: {v}.</source>
        <translation>未知的等级评定依据：{v}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="55"/>
        <source>Unknown downgrade policy: {v}.</source>
        <translation>未知的降级规则：{v}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="60"/>
        <source>The review date must look like 01-01 (month-day).</source>
        <translation>年度评定日期格式应为 01-01（月-日）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="64"/>
        <source>Keep at least one tier.</source>
        <translation>至少保留一个会员等级。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="72"/>
        <source>Every tier needs a name.</source>
        <translation>每个会员等级都需要名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="75"/>
        <source>Two tiers are called {name}.</source>
        <translation>有两个会员等级都叫{name}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="82"/>
        <source>The lowest tier must start at 0.</source>
        <translation>最低会员等级的门槛必须为0。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="86"/>
        <source>{name} must need more than the tier below it.</source>
        <translation>{name}的门槛必须高于下一级。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="94"/>
        <source>The keep threshold of {name} cannot be above its threshold.</source>
        <translation>{name}的保级门槛不能高于其升级门槛。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="103"/>
        <source>A discount runs from 0.01 to 10 (no discount).</source>
        <translation>折扣应在0.01到10（不打折）之间。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="108"/>
        <source>The points multiplier must be 0 or more.</source>
        <translation>积分倍率必须大于或等于0。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="113"/>
        <source>An entry reward cannot be negative.</source>
        <translation>升级奖励积分不能为负数。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="118"/>
        <source>A colour looks like #3c8dbc.</source>
        <translation>颜色格式应类似 #3c8dbc。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="132"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="84"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="136"/>
        <source>Care plan</source>
        <translation>关怀计划</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="151"/>
        <location filename="../../crmdesk/services/tier_rules.py" line="348"/>
        <source>Tier #{id} does not exist any more.</source>
        <translation>会员等级 #{id} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="331"/>
        <source>Yearly review {date}</source>
        <translation>年度评定 {date}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tier_rules.py" line="341"/>
        <source>A lock needs a reason.</source>
        <translation>锁定等级需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tiers.py" line="180"/>
        <source>A threshold must be a number of 0 or more.</source>
        <translation>门槛必须是大于或等于0的数字。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/tiers.py" line="186"/>
        <source>The threshold {value} has too many decimals.</source>
        <translation>门槛{value}的小数位过多。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_orders.py" line="130"/>
        <source>Order {order}</source>
        <translation>订单{order}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_orders.py" line="142"/>
        <source>Order {order} changed: points restored</source>
        <translation>订单{order}已变更：积分已恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_orders.py" line="162"/>
        <source>Order {order} refunded or closed</source>
        <translation>订单{order}已退款或关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/points_orders.py" line="169"/>
        <source>Order {order} changed: points reversed</source>
        <translation>订单{order}已变更：积分已冲回</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="53"/>
        <source>No discount</source>
        <translation>不打折</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="57"/>
        <source>{pct}% of price</source>
        <translation>按原价{pct}%</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="67"/>
        <source>{n} orders</source>
        <translation>{n}笔订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="68"/>
        <source>{n} points</source>
        <translation>{n}积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="74"/>
        <source>Cumulative spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="75"/>
        <source>Spend in the last 12 months</source>
        <translation>近12个月消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="76"/>
        <source>Spend this calendar year</source>
        <translation>本年度消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="77"/>
        <source>Points earned by orders</source>
        <translation>订单累计积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="78"/>
        <source>Number of orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="84"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="84"/>
        <source>Cash deduction</source>
        <translation>抵现</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="88"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="99"/>
        <source>Threshold</source>
        <translation>升级门槛</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="101"/>
        <source>Keep at</source>
        <translation>保级门槛</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="103"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="104"/>
        <source>Points ×</source>
        <translation>积分倍率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="106"/>
        <source>Free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="107"/>
        <source>Entry reward</source>
        <translation>升级奖励积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="109"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="120"/>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="121"/>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="122"/>
        <location filename="../../crmdesk/ui/membership_models.py" line="136"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="133"/>
        <source>Reward</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="137"/>
        <source>Cap per order</source>
        <translation>单笔抵扣上限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="139"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="140"/>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_models.py" line="142"/>
        <source>Active</source>
        <translation>上架</translation>
    </message>
</context>
<context>
    <name>MembershipActions</name>
    <message>
        <location filename="../../crmdesk/ui/membership_actions.py" line="36"/>
        <source>Member &amp;tiers…</source>
        <translation>会员等级(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_actions.py" line="39"/>
        <source>&amp;Rewards catalogue…</source>
        <translation>积分兑换目录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_actions.py" line="42"/>
        <source>Points &amp;settings…</source>
        <translation>积分设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_actions.py" line="45"/>
        <source>Points s&amp;ummary…</source>
        <translation>积分汇总(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_actions.py" line="49"/>
        <source>&amp;Membership</source>
        <translation>会员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_actions.py" line="86"/>
        <source>Setting up the member tiers…</source>
        <translation>正在设置会员等级…</translation>
    </message>
</context>
<context>
    <name>MembershipTab</name>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="117"/>
        <location filename="../../crmdesk/ui/card_membership.py" line="251"/>
        <source>Lock tier…</source>
        <extracomment>Points or tier changed: carries services.customers.Changed.</extracomment>
        <translation>锁定等级…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="119"/>
        <source>Unlock tier</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="121"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="136"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="140"/>
        <source>Balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="141"/>
        <source>Usable now</source>
        <translation>当前可用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="142"/>
        <source>Waiting period</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="143"/>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="150"/>
        <source>Redeem reward…</source>
        <translation>兑换礼品…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="152"/>
        <source>Add bonus…</source>
        <translation>发放奖励积分…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="154"/>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="168"/>
        <source>Points ledger</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="169"/>
        <source>Tier history</source>
        <translation>等级变更记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="203"/>
        <source>Save the card first: membership follows its orders.</source>
        <translation>请先保存资料卡：会员信息依据其订单计算。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="231"/>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="242"/>
        <source>Benefits: </source>
        <translation>会员权益：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="245"/>
        <source>Locked by hand: {reason}</source>
        <translation>已手动锁定：{reason}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="251"/>
        <source>Change lock…</source>
        <translation>修改锁定…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="257"/>
        <source>{basis}: {value}</source>
        <translation>{basis}：{value}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="262"/>
        <source>Locked: the rules do not move this customer.</source>
        <translation>已锁定：等级规则不会调整此客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="265"/>
        <source>{more} more to reach {tier}.</source>
        <translation>再达到{more}即可升为{tier}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="270"/>
        <source>Already in the highest tier.</source>
        <translation>已是最高等级。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="275"/>
        <source>{more} more by the review on {day} to keep {tier}.</source>
        <translation>需在{day}评定前再达到{more}才能保持{tier}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="283"/>
        <source>Keeps {tier} at the review on {day}.</source>
        <translation>在{day}评定时可保持{tier}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="295"/>
        <source>{n} (usable from {day})</source>
        <translation>{n}（{day}起可用）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership.py" line="303"/>
        <source>{n} by {day}</source>
        <translation>{n}（{day}前）</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="38"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="119"/>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="129"/>
        <source>Merge duplicate cards</source>
        <extracomment>The cards were merged (carries services.customers.Changed: kept id, removed id).</extracomment>
        <translation>合并重复资料卡</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="46"/>
        <source>Choose the card to keep. The orders, contact records, tags, important dates, platform accounts and points of the other card move to it, its empty fields are filled in from the other card, and the other card is removed.</source>
        <translation>请选择要保留的资料卡。另一张资料卡的订单、接触记录、标签、重要日期、平台账号和积分将并入该卡，其空白字段将用另一张卡的内容补齐，另一张卡随后删除。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="65"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="76"/>
        <source>Card %1</source>
        <translation>资料卡 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="78"/>
        <source>Keep this card</source>
        <translation>保留此资料卡</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="84"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="85"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="86"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="87"/>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="88"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="89"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="90"/>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="91"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="92"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="93"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/merge_dialog.py" line="120"/>
        <source>Merge the card of %1 into the card of %2? The card of %1 is removed.</source>
        <translation>将%1的资料卡合并到%2的资料卡吗？%1的资料卡将被删除。</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="114"/>
        <source>Month {n}</source>
        <translation>{n}月</translation>
    </message>
</context>
<context>
    <name>MoreFiltersDialog</name>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="54"/>
        <source>More filters</source>
        <extracomment>Classification -&gt; RegisterQuery.extra key filtering it. Every extra key this dialog edits (others in the query are kept as they are).</extracomment>
        <translation>更多筛选</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="61"/>
        <location filename="../../crmdesk/ui/register_filters.py" line="72"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="78"/>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="79"/>
        <source>Only customers with a churn warning</source>
        <translation>仅显示有流失预警的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="89"/>
        <location filename="../../crmdesk/ui/register_filters.py" line="100"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="94"/>
        <source>Orders from / to</source>
        <translation>订单数 从/到</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="102"/>
        <source>Total spend at least</source>
        <translation>累计消费至少</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="107"/>
        <source>Clear these</source>
        <translation>清除这些条件</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../crmdesk/ui/widgets.py" line="68"/>
        <source>Not set</source>
        <extracomment>Stands for &quot;no date&quot;; the edit shows its special text there.</extracomment>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets.py" line="74"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="62"/>
        <source>Edit order</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="62"/>
        <source>Add order</source>
        <translation>添加订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="72"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="78"/>
        <source>What was bought, one item per line</source>
        <translation>购买的商品，每行一件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="86"/>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="87"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="88"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="89"/>
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="90"/>
        <source>Paid (¥)</source>
        <translation>实付（¥）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="91"/>
        <source>Refund (¥)</source>
        <translation>退款（¥）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="92"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="93"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/order_dialog.py" line="94"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="89"/>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="98"/>
        <source>Enter the date and time of the order.</source>
        <translation>请输入下单的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="102"/>
        <source>The order date {date} is in the future.</source>
        <translation>下单日期{date}晚于今天。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="107"/>
        <source>Paid amount</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="108"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="111"/>
        <source>The refund ({refund}) cannot be more than the paid amount ({paid}).</source>
        <translation>退款（{refund}）不能超过实付金额（{paid}）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="118"/>
        <source>Unknown order status &quot;{status}&quot;.</source>
        <translation>未知的订单状态“{status}”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="124"/>
        <source>Unknown platform &quot;{platform}&quot;.</source>
        <translation>未知的平台“{platform}”。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="128"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="138"/>
        <source>Order number {order_no} on {platform} is already recorded (customer {name}).</source>
        <translation>{platform}订单号{order_no}已有记录（客户：{name}）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="146"/>
        <source>The payment time is not a date and time.</source>
        <translation>付款时间不是有效的日期时间。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="157"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="160"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="162"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="170"/>
        <source>Customer {id} does not exist.</source>
        <translation>客户{id}不存在。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/orders.py" line="178"/>
        <source>Order {id} does not exist.</source>
        <translation>订单{id}不存在。</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="63"/>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="64"/>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="65"/>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="66"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="67"/>
        <source>Douyin</source>
        <translation>抖店</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="68"/>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="69"/>
        <source>Youzan</source>
        <translation>有赞</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="70"/>
        <source>WeChat shop</source>
        <translation>微信小店</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="71"/>
        <source>Offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/formatting.py" line="72"/>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
</context>
<context>
    <name>PointsSettingsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="52"/>
        <source>Points settings</source>
        <translation>积分设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="58"/>
        <location filename="../../crmdesk/ui/membership_points.py" line="66"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="61"/>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="62"/>
        <source>After a number of months</source>
        <translation>获得后满若干个月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="63"/>
        <source>At the end of the year after earning</source>
        <translation>获得后次年年底</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="64"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="67"/>
        <source>Orders from before the start date earn points too</source>
        <translation>开始日期之前的订单也计积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="73"/>
        <source>The scheme started on</source>
        <translation>积分制度开始日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="75"/>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="77"/>
        <source>Joining</source>
        <translation>入会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="78"/>
        <source>Birthday month</source>
        <translation>生日月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="79"/>
        <source>Finished survey</source>
        <translation>完成问卷</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="80"/>
        <source>Referral</source>
        <translation>推荐新客</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="81"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="85"/>
        <location filename="../../crmdesk/ui/membership_points.py" line="86"/>
        <source>Points per yuan</source>
        <translation>每元积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="88"/>
        <source>Waiting period</source>
        <translation>冻结期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="92"/>
        <source>Points expire</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="93"/>
        <source>Warn when expiring within</source>
        <translation>过期前提醒</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="98"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="100"/>
        <source>Bonuses</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="104"/>
        <source>Run expiry now</source>
        <translation>立即处理过期积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="109"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="111"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="158"/>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="194"/>
        <source>{points} points of {n} customers expired.</source>
        <translation>{n}位客户的{points}积分已过期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="198"/>
        <source>No points were due to expire.</source>
        <translation>没有到期的积分。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="209"/>
        <source>Expiring points…</source>
        <translation>正在处理过期积分…</translation>
    </message>
</context>
<context>
    <name>PointsSummaryDialog</name>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="223"/>
        <source>Points summary</source>
        <translation>积分汇总</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="228"/>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="229"/>
        <source>  of which earned by orders</source>
        <translation>  其中订单获得</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="230"/>
        <source>  of which bonuses</source>
        <translation>  其中奖励积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="231"/>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="232"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="233"/>
        <source>Reversed (refunds)</source>
        <translation>冲回（退款）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="234"/>
        <source>Adjusted down</source>
        <translation>调减</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="235"/>
        <source>Outstanding (what customers hold)</source>
        <translation>未使用（客户持有）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="236"/>
        <source>Customers holding points</source>
        <translation>持有积分的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="237"/>
        <source>Worth as cash deduction</source>
        <translation>可抵现金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="249"/>
        <source>Export ledger…</source>
        <translation>导出积分明细…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="251"/>
        <source>Export balances…</source>
        <translation>导出积分余额…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="253"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="283"/>
        <source>points ledger</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="283"/>
        <source>points balances</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="285"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="285"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="294"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_points.py" line="301"/>
        <source>Saved to {path}</source>
        <translation>已保存到{path}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="62"/>
        <source>Preview</source>
        <extracomment>Up to this many problems, rows grow to show a long reason in full.</extracomment>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="64"/>
        <source>Rows with an error are left out; rows with a warning are imported.</source>
        <translation>有错误的行不导入；有警告的行照常导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="115"/>
        <source>orders</source>
        <translation>笔订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="115"/>
        <source>customers</source>
        <translation>位客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="117"/>
        <source>{rows} rows in the file: {ok} can be imported, {bad} have errors and are left out, {blank} are blank.</source>
        <translation>文件共{rows}行：{ok}行可导入，{bad}行有错误将不导入，{blank}行为空行。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="126"/>
        <source>They make {n} {kind}.</source>
        <translation>共计{n}{kind}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="129"/>
        <source>{n} of these orders are already in your shop file and are not added twice.</source>
        <translation>其中{n}笔订单已在店铺文件中，不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="132"/>
        <source>The table shows the first {n}.</source>
        <translation>表格仅显示前{n}条。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="134"/>
        <source>Nothing can be imported: go back and check the columns.</source>
        <translation>没有可导入的数据：请返回检查列的对应关系。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="139"/>
        <source>Problems: {errors} errors, {warnings} warnings</source>
        <translation>问题：{errors}个错误，{warnings}个警告</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="143"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="39"/>
        <source>Figures</source>
        <extracomment>An order was added, changed or removed (carries services.customers.Changed).</extracomment>
        <translation>统计数据</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="50"/>
        <source>Valid orders</source>
        <translation>有效订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="51"/>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="43"/>
        <source>Does not count toward the figures (unpaid, closed or fully refunded).</source>
        <translation>不计入统计（未付款、已关闭或已全额退款）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="58"/>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="59"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="60"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="61"/>
        <location filename="../../crmdesk/ui/card_orders.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="62"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="64"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="69"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_models.py" line="74"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="53"/>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="54"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="55"/>
        <source>Usual interval</source>
        <translation>常规购买间隔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="56"/>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="57"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="74"/>
        <source>Add order…</source>
        <translation>添加订单…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="74"/>
        <source>Edit order…</source>
        <translation>编辑订单…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="74"/>
        <location filename="../../crmdesk/ui/card_orders.py" line="166"/>
        <location filename="../../crmdesk/ui/card_orders.py" line="176"/>
        <source>Remove order</source>
        <translation>删除订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="75"/>
        <source>Save the new card first (Ctrl+S), then add its orders.</source>
        <translation>请先保存新资料卡（Ctrl+S），再添加订单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/card_orders.py" line="118"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每%n天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="122"/>
        <source>(churn warning)</source>
        <translation>（流失预警）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_orders.py" line="167"/>
        <source>Remove the order %1 (%2)? The customer&apos;s figures will be recounted.</source>
        <translation>删除订单%1（%2）吗？该客户的统计数据将重新计算。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="46"/>
        <source>Not a shop file</source>
        <translation>不是店铺文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="47"/>
        <source>{message}

Choose a crmdesk shop file (*.crmdesk), or start a new shop.</source>
        <translation>{message}

请选择 crmdesk 店铺文件（*.crmdesk），或新建店铺。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="55"/>
        <source>Newer shop file</source>
        <translation>较新版本的店铺文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="58"/>
        <source>Shop file in use</source>
        <translation>店铺文件正在使用中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="60"/>
        <source>The shop file cannot be opened</source>
        <translation>无法打开店铺文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="71"/>
        <location filename="../../crmdesk/ui/recovery.py" line="110"/>
        <location filename="../../crmdesk/ui/recovery.py" line="149"/>
        <source>Damaged shop file</source>
        <translation>店铺文件已损坏</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="73"/>
        <source>The shop file {path} is damaged and cannot be opened safely. It will be moved aside, not deleted, so it can still be looked at later.</source>
        <translation>店铺文件{path}已损坏，无法安全打开。该文件将被移到一旁（不会删除），以便日后查看。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="81"/>
        <source>The newest sound backup is from {time}: {customers} customers, {orders} orders. Changes made after it are not in it.</source>
        <translation>最新的完好备份来自{time}：{customers}位客户，{orders}笔订单。此后所做的更改不包含在内。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="90"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="93"/>
        <source>No sound backup of this shop was found in {folder}. You can start a new, empty shop file in its place; the damaged file is kept beside it.</source>
        <translation>在{folder}中未找到此店铺的完好备份。您可以在原位置新建一个空店铺文件；损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="98"/>
        <source>Start an empty shop</source>
        <translation>新建空店铺</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="99"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="111"/>
        <source>The damaged file could not be moved aside: {reason}</source>
        <translation>无法移开损坏的文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="123"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="124"/>
        <source>The backup could not be restored: {reason}</source>
        <translation>无法恢复备份：{reason}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="145"/>
        <source>The backup was restored. The damaged file was kept as {moved}.</source>
        <translation>备份已恢复。损坏的文件已保留为{moved}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recovery.py" line="147"/>
        <source>The damaged file was kept as {moved}. A new, empty shop file is opened.</source>
        <translation>损坏的文件已保留为{moved}。已打开一个新的空店铺文件。</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="53"/>
        <source>Recycle bin</source>
        <extracomment>Cards were restored or purged (carries services.customers.Changed).</extracomment>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="67"/>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="119"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="68"/>
        <source>Delete for good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="69"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/recycle_bin.py" line="94"/>
        <source>%n deleted card(s). Select cards to restore them or delete them for good.</source>
        <translation>
            <numerusform>已删除%n张资料卡。选择资料卡可将其恢复或彻底删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="100"/>
        <source>The recycle bin is empty.</source>
        <translation>回收站为空。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="130"/>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="140"/>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="150"/>
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/recycle_bin.py" line="133"/>
        <source>Delete %n card(s) for good? Their orders, contact records and points are deleted with them.</source>
        <translation>
            <numerusform>彻底删除%n张资料卡吗？其订单、接触记录和积分将一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/recycle_bin.py" line="139"/>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="76"/>
        <source>Redeem reward</source>
        <translation>兑换礼品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="85"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="87"/>
        <source>{name} — {cost} points (in stock: {stock})</source>
        <translation>{name} — {cost}积分（库存：{stock}）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="100"/>
        <source>Reward</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="103"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="105"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="107"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="108"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="112"/>
        <source>The rewards catalogue is empty: add rewards first.</source>
        <translation>积分兑换目录为空：请先添加礼品。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/card_membership_dialogs.py" line="121"/>
        <source>Costs {cost} points; {available} usable now.</source>
        <translation>需要{cost}积分；当前可用{available}积分。</translation>
    </message>
</context>
<context>
    <name>ReferrerField</name>
    <message>
        <location filename="../../crmdesk/ui/referrer.py" line="114"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/referrer.py" line="115"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/referrer.py" line="116"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/referrer.py" line="141"/>
        <source>(deleted customer)</source>
        <translation>（已删除的客户）</translation>
    </message>
</context>
<context>
    <name>ReferrerPicker</name>
    <message>
        <location filename="../../crmdesk/ui/referrer.py" line="31"/>
        <source>Choose the referrer</source>
        <translation>选择推荐人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/referrer.py" line="36"/>
        <source>Name, pinyin or phone</source>
        <translation>姓名、拼音或电话</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/referrer.py" line="88"/>
        <source>Showing the first %n matches; type more to narrow down.</source>
        <translation>
            <numerusform>仅显示前%n个匹配结果；输入更多内容以缩小范围。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/referrer.py" line="91"/>
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../crmdesk/ui/register_model.py" line="203"/>
        <source>Yes</source>
        <extracomment>Qt role returning the customer id of a row (an int). Qt role returning the column&apos;s real value (Decimal, date, int...) rather than its text. Emitted after the number of matching customers was (re)counted.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_model.py" line="213"/>
        <source>Churn warning: no order for much longer than this customer&apos;s usual gap</source>
        <translation>流失预警：未下单时间已远超该客户的常规购买间隔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_model.py" line="217"/>
        <source>The platform only gave a masked number</source>
        <translation>平台只提供了打码的隐私号</translation>
    </message>
</context>
<context>
    <name>RegisterColumn</name>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="27"/>
        <location filename="../../crmdesk/ui/formatting.py" line="84"/>
        <source>Name</source>
        <extracomment>Columns the owner can show. Keys are stable (saved layouts refer to them).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="28"/>
        <location filename="../../crmdesk/ui/formatting.py" line="85"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="29"/>
        <location filename="../../crmdesk/ui/formatting.py" line="86"/>
        <source>Platform / buyer ID</source>
        <translation>平台/买家ID</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="30"/>
        <location filename="../../crmdesk/ui/formatting.py" line="87"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="31"/>
        <location filename="../../crmdesk/ui/formatting.py" line="88"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="32"/>
        <location filename="../../crmdesk/ui/formatting.py" line="89"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="33"/>
        <location filename="../../crmdesk/ui/formatting.py" line="90"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="34"/>
        <location filename="../../crmdesk/ui/formatting.py" line="91"/>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="36"/>
        <location filename="../../crmdesk/ui/formatting.py" line="92"/>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="38"/>
        <location filename="../../crmdesk/ui/formatting.py" line="93"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="39"/>
        <location filename="../../crmdesk/ui/formatting.py" line="94"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="40"/>
        <location filename="../../crmdesk/ui/formatting.py" line="95"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="41"/>
        <location filename="../../crmdesk/ui/formatting.py" line="96"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="44"/>
        <source>Churn warning</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="48"/>
        <source>Days since last order</source>
        <translation>距最近下单天数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="51"/>
        <source>R score</source>
        <translation>R评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="52"/>
        <source>F score</source>
        <translation>F评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="53"/>
        <source>M score</source>
        <translation>M评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="55"/>
        <source>RFM segment</source>
        <translation>RFM分类</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="59"/>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="63"/>
        <source>Value matrix</source>
        <translation>客户价值矩阵</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="67"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="71"/>
        <source>Customer lifetime value</source>
        <translation>客户终生价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="73"/>
        <source>Loyalty</source>
        <translation>客户忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="75"/>
        <location filename="../../crmdesk/ui/formatting.py" line="98"/>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/register_columns.py" line="76"/>
        <location filename="../../crmdesk/ui/formatting.py" line="99"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <location filename="../../crmdesk/ui/register_columns.py" line="67"/>
        <source>Reset columns</source>
        <extracomment>Sort direction when a column is first clicked: the biggest and newest first for figures.</extracomment>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="58"/>
        <source>Search name, phone, buyer ID, WeChat or pinyin (Ctrl+F)</source>
        <extracomment>The owner wants to open a card (customer id). Customers were changed by a bulk action here. The number of matching customers, or of selected rows, changed. Called with a reason before a bulk change (e.g. a backup first); may be None. RegisterQuery.extra filters from &quot;More filters…&quot; or a view (not the boxes).</extracomment>
        <translation>搜索姓名、电话、买家ID、微信或拼音（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="72"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="91"/>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="94"/>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="97"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="151"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="154"/>
        <source>Any birthday</source>
        <translation>不限生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="157"/>
        <source>Birthday in {month}</source>
        <translation>{month}生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="166"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="167"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="168"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="241"/>
        <source>{shown} of {total} customers match</source>
        <translation>{total}位客户中有{shown}位符合</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="245"/>
        <source>1 customer</source>
        <translation>1位客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="246"/>
        <source>{shown} customers</source>
        <translation>{shown}位客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_view.py" line="301"/>
        <source>{n} selected</source>
        <translation>已选{n}位</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="33"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="34"/>
        <source>Tag to add to {n} customers:</source>
        <translation>为{n}位客户添加的标签：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="51"/>
        <location filename="../../crmdesk/ui/register_bulk.py" line="55"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="51"/>
        <source>No customer has a tag yet.</source>
        <translation>还没有客户带有标签。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="56"/>
        <source>Tag to remove from {n} customers:</source>
        <translation>从{n}位客户移除的标签：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="72"/>
        <source>Move {name} to the recycle bin?</source>
        <translation>将{name}移到回收站吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="76"/>
        <source>Move {n} customers to the recycle bin?</source>
        <translation>将{n}位客户移到回收站吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="79"/>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_bulk.py" line="80"/>
        <source>You can bring them back from the recycle bin.</source>
        <translation>之后可从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="152"/>
        <location filename="../../crmdesk/ui/register_filters.py" line="168"/>
        <source>More filters…</source>
        <translation>更多筛选…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/register_filters.py" line="168"/>
        <source>More filters ({n})…</source>
        <translation>更多筛选（{n}）…</translation>
    </message>
</context>
<context>
    <name>RewardsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="37"/>
        <source>Rewards catalogue</source>
        <translation>积分兑换目录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="63"/>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="64"/>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="74"/>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="77"/>
        <source>In the catalogue (customers can redeem it)</source>
        <translation>上架（客户可兑换）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="80"/>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="91"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="85"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="86"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="88"/>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="89"/>
        <source>Points cost</source>
        <translation>所需积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="92"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="94"/>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="95"/>
        <source>Most off one order</source>
        <translation>单笔最多抵扣</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="98"/>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="99"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="102"/>
        <source>New reward</source>
        <translation>新礼品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="104"/>
        <source>Save reward</source>
        <translation>保存礼品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="117"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="150"/>
        <source>Yuan off per points cost</source>
        <translation>每次兑换抵扣（元）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="152"/>
        <source>Coupon value</source>
        <translation>优惠券面值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_rewards.py" line="154"/>
        <source>Value (optional)</source>
        <translation>价值（可选）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../crmdesk/services/settings.py" line="88"/>
        <source>A setting needs a name.</source>
        <extracomment>Defaults of every shop setting (DESIGN §2). Keys are stable.</extracomment>
        <translation>设置项需要名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/settings.py" line="93"/>
        <source>The value of setting {key} cannot be stored.</source>
        <translation>无法保存设置项{key}的值。</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="126"/>
        <source>Sheet and header</source>
        <translation>工作表与表头</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="127"/>
        <source>Check what crmdesk found in the file; change it if it is wrong.</source>
        <translation>请核对 crmdesk 从文件中识别的内容，如有错误请更正。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="138"/>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="139"/>
        <source>Platform order export</source>
        <translation>平台订单导出文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="143"/>
        <source>Recognise automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="162"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="163"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="164"/>
        <source>Headers on row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="165"/>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="166"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="168"/>
        <source>Columns found:</source>
        <translation>识别到的列：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="183"/>
        <source>text encoding {encoding}</source>
        <translation>文本编码 {encoding}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="187"/>
        <source>(the file has one table)</source>
        <translation>（文件只有一个表格）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="200"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="215"/>
        <source>Recognised as a {platform} order export.</source>
        <translation>已识别为{platform}订单导出文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="218"/>
        <source>The columns look like a {platform} order export; choose “Platform order export” to import its orders.</source>
        <translation>这些列看起来像{platform}订单导出文件；选择“平台订单导出文件”即可导入其中的订单。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_pages.py" line="222"/>
        <source>The platform was not recognised from the column names; choose it.</source>
        <translation>无法根据列名识别平台，请手动选择。</translation>
    </message>
</context>
<context>
    <name>ShopFiles</name>
    <message>
        <location filename="../../crmdesk/ui/shop_files.py" line="57"/>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_files.py" line="58"/>
        <source>{path} holds a real shop. The demo shop needs a file of its own; the file was opened without demo data.</source>
        <translation>{path}中是真实店铺。演示店铺需要单独的文件；已打开该文件，未加入演示数据。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_files.py" line="74"/>
        <source>Open a shop file</source>
        <translation>打开店铺文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_files.py" line="81"/>
        <location filename="../../crmdesk/ui/shop_files.py" line="102"/>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_files.py" line="81"/>
        <source>Shop name:</source>
        <translation>店铺名称：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_files.py" line="91"/>
        <source>Where to keep the new shop file</source>
        <translation>选择新店铺文件的保存位置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_files.py" line="103"/>
        <source>{path} already holds a shop. Choose another name, or use File ▸ Open shop file… to open it.</source>
        <translation>{path}中已有店铺。请换一个名称，或通过“文件 ▸ 打开店铺文件…”打开它。</translation>
    </message>
</context>
<context>
    <name>ShopSummary</name>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="44"/>
        <source>RFM segments</source>
        <translation>RFM分类</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="45"/>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="46"/>
        <source>Value matrix</source>
        <translation>客户价值矩阵</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="47"/>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="48"/>
        <source>Loyalty</source>
        <translation>客户忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="49"/>
        <source>Relationship status</source>
        <translation>客户关系状态</translation>
    </message>
</context>
<context>
    <name>ShopSummaryDialog</name>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="59"/>
        <source>Shop summary</source>
        <translation>店铺概况</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="90"/>
        <source>{n} days</source>
        <translation>{n}天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="92"/>
        <location filename="../../crmdesk/ui/shop_summary.py" line="163"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="93"/>
        <source>Buyers (at least one valid order)</source>
        <translation>购买客户（至少一笔有效订单）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="94"/>
        <source>Valid orders</source>
        <translation>有效订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="97"/>
        <source>Repeat purchase rate</source>
        <translation>重复购买率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="98"/>
        <source>{rate} ({n} of {d} buyers ordered twice or more)</source>
        <translation>{rate}（{d}位购买客户中有{n}位购买两次及以上）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="104"/>
        <source>Retention rate</source>
        <translation>客户保持率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="105"/>
        <source>{rate} ({n} of last year&apos;s {d} buyers bought again this year)</source>
        <translation>{rate}（去年{d}位购买客户中有{n}位今年再次购买）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="113"/>
        <source>Churn rate</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="114"/>
        <source>{rate} ({n} buyers lost)</source>
        <translation>{rate}（流失{n}位购买客户）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="118"/>
        <source>Churn warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="119"/>
        <source>Average purchase interval</source>
        <translation>平均购买间隔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="120"/>
        <source>Average order value</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="121"/>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="122"/>
        <source>Customer equity (sum of lifetime values)</source>
        <translation>客户资产（客户终生价值之和）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="127"/>
        <source>The shop</source>
        <translation>店铺整体</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="135"/>
        <source>{title}:</source>
        <translation>{title}：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="139"/>
        <source>Classes as of {day}.</source>
        <translation>分类截至{day}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="144"/>
        <source>Too little data: with fewer than 20 buyers the rates and classes move a lot with each new order.</source>
        <translation>数据太少：购买客户不足20位时，各项比率和分类会随每笔新订单大幅变动。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/shop_summary.py" line="163"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../crmdesk/services/stats.py" line="141"/>
        <source>Adding up orders…</source>
        <translation>正在汇总订单…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/stats.py" line="168"/>
        <source>Measuring purchase intervals…</source>
        <translation>正在计算购买间隔…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/stats.py" line="171"/>
        <source>Counting categories…</source>
        <translation>正在统计类目…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/stats.py" line="192"/>
        <source>Updating customers…</source>
        <translation>正在更新客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/stats.py" line="260"/>
        <source>Customer figures are up to date.</source>
        <translation>客户数据已是最新。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="94"/>
        <location filename="../../crmdesk/services/exporting.py" line="107"/>
        <location filename="../../crmdesk/ui/formatting.py" line="45"/>
        <source>Potential customer</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="95"/>
        <location filename="../../crmdesk/services/exporting.py" line="108"/>
        <location filename="../../crmdesk/ui/formatting.py" line="46"/>
        <source>Target customer</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="96"/>
        <location filename="../../crmdesk/services/exporting.py" line="109"/>
        <location filename="../../crmdesk/ui/formatting.py" line="47"/>
        <source>First-time buyer</source>
        <translation>首次购买客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="97"/>
        <location filename="../../crmdesk/services/exporting.py" line="110"/>
        <location filename="../../crmdesk/ui/formatting.py" line="48"/>
        <source>Repeat buyer</source>
        <translation>重复购买客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="98"/>
        <location filename="../../crmdesk/services/exporting.py" line="111"/>
        <location filename="../../crmdesk/ui/formatting.py" line="49"/>
        <source>Loyal customer</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="99"/>
        <location filename="../../crmdesk/services/exporting.py" line="112"/>
        <location filename="../../crmdesk/ui/formatting.py" line="50"/>
        <source>Lost customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics_text.py" line="100"/>
        <location filename="../../crmdesk/services/exporting.py" line="113"/>
        <location filename="../../crmdesk/ui/formatting.py" line="51"/>
        <source>Non-customer</source>
        <translation>非客户</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="289"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="290"/>
        <source>Everything below is saved in your shop file.</source>
        <translation>以下内容均已保存到店铺文件中。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="294"/>
        <source>Customers created</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="295"/>
        <source>Customers updated</source>
        <translation>更新客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="296"/>
        <source>Customers unchanged</source>
        <translation>未变客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="297"/>
        <source>Customers skipped</source>
        <translation>跳过客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="298"/>
        <source>Customers restored</source>
        <translation>恢复的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="299"/>
        <source>Orders added</source>
        <translation>新增订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="300"/>
        <source>Orders updated</source>
        <translation>更新订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="301"/>
        <source>Rows imported</source>
        <translation>已导入行数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="302"/>
        <source>Rows left out (errors)</source>
        <translation>未导入行数（有错误）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="319"/>
        <source>Save the rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="345"/>
        <source>Rows left out: {n}. Save them with the reason of each, correct them and import that file again.</source>
        <translation>未导入{n}行。可将这些行连同各自原因保存下来，修正后重新导入该文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="360"/>
        <source>{name} rejected rows</source>
        <translation>{name} 被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="364"/>
        <source>Save the rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="366"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="373"/>
        <source>Saving the rejected rows…</source>
        <translation>正在保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_result.py" line="376"/>
        <source>The rejected rows were saved to {path}</source>
        <translation>被拒绝的行已保存到{path}</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../crmdesk/services/tags.py" line="61"/>
        <source>The tag no longer exists.</source>
        <translation>该标签已不存在。</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../crmdesk/ui/widgets.py" line="164"/>
        <source>e.g. VIP, likes tea, wholesale</source>
        <translation>如：VIP、爱喝茶、批发</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="136"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/tasks.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TierForm</name>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="43"/>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="73"/>
        <source>same as the threshold</source>
        <translation>与升级门槛相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="78"/>
        <source>In 折: 9.5 means 95% of the price; 10 is no discount.</source>
        <translation>按“折”填写：9.5 表示九五折（原价的95%）；10 表示不打折。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="81"/>
        <source>Free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="88"/>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="96"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="98"/>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="187"/>
        <source>Threshold</source>
        <translation>升级门槛</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="99"/>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="189"/>
        <source>Keep tier at</source>
        <translation>保级门槛</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="106"/>
        <source>Discount (折)</source>
        <translation>折扣（折）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="106"/>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="191"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="109"/>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="110"/>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="193"/>
        <source>Points multiplier</source>
        <translation>积分倍率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="114"/>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="115"/>
        <source>Birthday gift</source>
        <translation>生日礼</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="118"/>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="119"/>
        <source>Entry reward</source>
        <translation>升级奖励积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="122"/>
        <source>Care plan</source>
        <translation>关怀计划</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="146"/>
        <source>orders</source>
        <translation>笔订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="147"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="148"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tier_form.py" line="158"/>
        <source>Tier colour</source>
        <translation>等级颜色</translation>
    </message>
</context>
<context>
    <name>TiersDialog</name>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="48"/>
        <source>Member tiers</source>
        <extracomment>Tiers were applied: carries services.tiers.TiersChanged.</extracomment>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="65"/>
        <source>Never move customers down</source>
        <translation>从不降级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="66"/>
        <source>Yearly review on a date</source>
        <translation>每年固定日期评定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="70"/>
        <source>At the review, the keep threshold holds a tier</source>
        <translation>评定时，达到保级门槛即可保持等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="73"/>
        <source>Tiers follow</source>
        <translation>等级依据</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="76"/>
        <source>Review date</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="78"/>
        <source>Downgrades</source>
        <translation>降级规则</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="90"/>
        <source>Add tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="91"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="92"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="93"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="113"/>
        <source>What would change</source>
        <translation>预计变动</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="114"/>
        <source>Press Preview to see who would move up or down.</source>
        <translation>点击“预览”查看哪些客户会升级或降级。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="127"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="129"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="131"/>
        <source>Preview first: Apply stores exactly what it showed</source>
        <translation>请先预览：应用时将严格按预览结果保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="132"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="248"/>
        <source>New tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="321"/>
        <source>{up} customers would move up and {down} down; {same} stay where they are</source>
        <translation>将有{up}位客户升级、{down}位降级；{same}位保持不变</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="324"/>
        <source>; {n} locked by hand are left alone</source>
        <translation>；{n}位手动锁定的客户不受影响</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="327"/>
        <source>Members afterwards: {list}</source>
        <translation>调整后各等级会员数：{list}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="339"/>
        <source>Applying the member tiers…</source>
        <translation>正在应用会员等级…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="357"/>
        <source>Saved. {up} customers moved up and {down} down.</source>
        <translation>已保存。{up}位客户升级，{down}位降级。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/membership_tiers.py" line="361"/>
        <source>{n} entry reward points were given.</source>
        <translation>已发放{n}升级奖励积分。</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="52"/>
        <source>{path} could not be written: {reason}. Choose another folder or name.</source>
        <translation>无法写入{path}：{reason}。请选择其他文件夹或名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="66"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="68"/>
        <source>Save import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="73"/>
        <source>Export register as &amp;shown…</source>
        <translation>按当前显示导出名册(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="77"/>
        <source>Export &amp;orders…</source>
        <translation>导出订单(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="82"/>
        <source>Export &amp;contact records…</source>
        <translation>导出接触记录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="87"/>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="133"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="149"/>
        <source>Saved {path}</source>
        <translation>已保存{path}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="152"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="187"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="187"/>
        <source>Customer list template</source>
        <translation>客户名单模板</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="196"/>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="197"/>
        <source>The import template was saved to:
{path}</source>
        <translation>导入模板已保存到：
{path}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="223"/>
        <source>Saving {name}…</source>
        <translation>正在保存{name}…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="234"/>
        <source>Export register as shown</source>
        <translation>按当前显示导出名册</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="235"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="239"/>
        <source>{n} customers were saved to:
{path}</source>
        <translation>{n}位客户已保存到：
{path}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="255"/>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="256"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="260"/>
        <source>{n} orders were saved to:
{path}</source>
        <translation>{n}笔订单已保存到：
{path}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="268"/>
        <source>Export contact records</source>
        <translation>导出接触记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="269"/>
        <source>Contact records</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/transfer_actions.py" line="273"/>
        <source>{n} contact records were saved to:
{path}</source>
        <translation>{n}条接触记录已保存到：
{path}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="37"/>
        <source>WeChat</source>
        <extracomment>Optional text fields: (field, max length, label for messages).</extracomment>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="38"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="39"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="40"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="41"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="42"/>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="43"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="44"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="45"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="46"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="47"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="48"/>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="49"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="69"/>
        <source>{label}: &quot;{value}&quot; is not one of the choices.</source>
        <translation>{label}：“{value}”不是可选项之一。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="81"/>
        <location filename="../../crmdesk/services/tags.py" line="130"/>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="84"/>
        <source>The tag &quot;{tag}&quot; is too long (at most {n} characters).</source>
        <translation>标签“{tag}”过长（最多{n}个字符）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="97"/>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="98"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="113"/>
        <source>Reason for leaving</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="121"/>
        <source>Choose the platform of buyer account {n}.</source>
        <translation>请为第{n}个买家账号选择平台。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="130"/>
        <source>Buyer account {n} needs a buyer ID.</source>
        <translation>第{n}个买家账号需要填写买家ID。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="136"/>
        <source>The buyer ID of account {n} is too long.</source>
        <translation>第{n}个账号的买家ID过长。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="142"/>
        <source>Nick</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="149"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="152"/>
        <source>Important date {n} needs a label.</source>
        <translation>第{n}个重要日期需要名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="160"/>
        <source>Important date &quot;{label}&quot;: {m}/{d} is not a date.</source>
        <translation>重要日期“{label}”：{m}月{d}日不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="168"/>
        <source>Important date &quot;{label}&quot;: the year {y} is not valid.</source>
        <translation>重要日期“{label}”：年份{y}无效。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_input.py" line="176"/>
        <source>Important date &quot;{label}&quot;: remind 0 to 365 days before.</source>
        <translation>重要日期“{label}”：提前提醒天数应在0到365之间。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="66"/>
        <source>The phone number is too long (at most {n} characters).</source>
        <translation>电话号码过长（最多{n}个字符）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="75"/>
        <source>&quot;{value}&quot; is not a phone number: a masked number holds digits and * only.</source>
        <translation>“{value}”不是电话号码：隐私号只能包含数字和 *。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="105"/>
        <source>&quot;{value}&quot; is not a mainland China phone number (+86 only).</source>
        <translation>“{value}”不是中国大陆电话号码（仅支持 +86）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="116"/>
        <source>&quot;{value}&quot; is not a phone number: only digits, spaces and dashes are allowed.</source>
        <translation>“{value}”不是电话号码：只能包含数字、空格和短横线。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="126"/>
        <source>&quot;{value}&quot; is not a valid mobile number: it needs 11 digits starting with 13-19.</source>
        <translation>“{value}”不是有效的手机号：应为以13-19开头的11位数字。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="140"/>
        <source>&quot;{value}&quot; is not a valid phone number: enter an 11-digit mobile number, or a landline with its area code such as 010-12345678.</source>
        <translation>“{value}”不是有效的电话号码：请输入11位手机号，或带区号的座机号，如 010-12345678。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="154"/>
        <source>Name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="157"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>姓名过长（最多{n}个字符）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="174"/>
        <source>{label} is too long (at most {n} characters).</source>
        <translation>{label}过长（最多{n}个字符）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="193"/>
        <source>The birthday {date} is in the future.</source>
        <translation>生日{date}晚于今天。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="200"/>
        <source>The birthday {date} is before 1900.</source>
        <translation>生日{date}早于1900年。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="217"/>
        <source>&quot;{value}&quot; is not an e-mail address.</source>
        <translation>“{value}”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="233"/>
        <location filename="../../crmdesk/services/validation.py" line="238"/>
        <source>&quot;{value}&quot; is not an amount.</source>
        <translation>“{value}”不是金额。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="243"/>
        <source>The amount {value} is negative.</source>
        <translation>金额{value}为负数。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/validation.py" line="249"/>
        <source>The amount {value} has more than 2 decimals.</source>
        <translation>金额{value}的小数超过2位。</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../crmdesk/services/views.py" line="153"/>
        <source>A view needs a name.</source>
        <extracomment>Longest view name (the column holds 100 characters). Extra keys that pick customers by id: a view keeps the filter, not who matched it. Stored class column -&gt; the RegisterQuery.extra key that filters it. Stored column -&gt; register sort key, where they differ.</extracomment>
        <translation>视图需要名称。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/views.py" line="156"/>
        <source>A view name can have at most {n} characters.</source>
        <translation>视图名称最多{n}个字符。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/views.py" line="166"/>
        <source>There is already a view named {name}.</source>
        <translation>已有名为{name}的视图。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/views.py" line="204"/>
        <source>This view no longer exists.</source>
        <translation>该视图已不存在。</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="49"/>
        <source>Ready-made and saved views of the register</source>
        <extracomment>A view was chosen: carries its RegisterQuery (or a plain one for &quot;All customers&quot;).</extracomment>
        <translation>客户名册的预设视图和已保存视图</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="52"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="56"/>
        <source>Save current filter as view…</source>
        <translation>将当前筛选保存为视图…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="58"/>
        <source>Rename view…</source>
        <translation>重命名视图…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="59"/>
        <location filename="../../crmdesk/ui/views_panel.py" line="174"/>
        <location filename="../../crmdesk/ui/views_panel.py" line="182"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="77"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="127"/>
        <location filename="../../crmdesk/ui/views_panel.py" line="138"/>
        <location filename="../../crmdesk/ui/views_panel.py" line="142"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="128"/>
        <source>Name of the view (it keeps the filter, so it updates itself):</source>
        <translation>视图名称（视图保存的是筛选条件，内容会自动更新）：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="143"/>
        <source>Replace the view {name}?</source>
        <translation>替换视图{name}吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="156"/>
        <location filename="../../crmdesk/ui/views_panel.py" line="163"/>
        <source>Rename view</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="156"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/views_panel.py" line="175"/>
        <source>Delete the view {name}? The customers in it stay.</source>
        <translation>删除视图{name}吗？其中的客户不受影响。</translation>
    </message>
</context>
</TS>
