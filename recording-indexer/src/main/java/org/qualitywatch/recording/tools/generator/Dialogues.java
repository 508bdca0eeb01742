package org.qualitywatch.recording.tools.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Library of realistic customer-service dialogues of a cable-TV / broadband operator (hotline 96195), in Mandarin.
 * Each {@link Scenario} has a problem statement, optional detail exchanges used to make calls longer, and a
 * resolution; {@link #OPENING}, {@link #GENERIC} exchanges and {@link #CLOSING} are shared. Several scenarios use the
 * words 投诉 (complaint), 赔偿 (compensation) and 监管 (regulator) that QA sampling rules look for.
 * <p>
 * Line syntax: {@code A:} agent, {@code C:} customer; {@code A~}/{@code C~} marks a line said after a longer
 * pause (the customer is checking the set-top box, the agent is typing). A blank line separates exchanges.
 * Punctuation inside a line only splits it into phrases for synthesis (espeak pauses at punctuation); the
 * transcript keeps it. {@code {agent}} is replaced by the agent's id.
 */
public final class Dialogues {

    private Dialogues() {
    }

    /** One line of a dialogue. */
    public record Line(Speaker speaker, String text, boolean slow) {
    }

    /**
     * A kind of call.
     *
     * @param id         stable identifier
     * @param skill      PBX skill group: TV (digital TV), HD (HD set-top box), BB (broadband)
     * @param title      Chinese title
     * @param outbound   a callback made by the center (direction OUT)
     * @param short_     a call that ends in under 30 s
     * @param complaint  the customer complains (low IVR scores, more cross-talk)
     */
    public record Scenario(String id, String skill, String title, boolean outbound, boolean short_,
                           boolean complaint, List<Line> opening, List<Line> problem, List<List<Line>> details,
                           List<Line> resolution, List<Line> closing) {

        /** Every distinct text of this scenario (for pre-synthesis), with {@code {agent}} unresolved. */
        public Set<String> texts(Speaker speaker) {
            Set<String> s = new LinkedHashSet<>();
            List<List<Line>> all = new ArrayList<>(details);
            all.add(opening);
            all.add(problem);
            all.add(resolution);
            all.add(closing);
            for (List<Line> block : all) {
                for (Line l : block) {
                    if (l.speaker() == speaker) {
                        s.add(l.text());
                    }
                }
            }
            return s;
        }

        /** Whether any line contains {@code word}. */
        public boolean mentions(String word) {
            return texts(Speaker.AGENT).stream().anyMatch(t -> t.contains(word))
                    || texts(Speaker.CUSTOMER).stream().anyMatch(t -> t.contains(word));
        }
    }

    public static final List<Line> OPENING = lines("A: 您好，很高兴为您服务，工号{agent}，请问有什么可以帮您？");

    public static final List<Line> CLOSING = lines("""
            A: 请问还有其他可以帮您的吗？
            C: 没有了，谢谢。
            A: 感谢您的来电，稍后请对我的服务做出评价，祝您生活愉快，再见。
            C: 好的，再见。
            """);

    /** A hold: the agent asks to wait, looks something up, comes back. Dead air is planted inside it. */
    public static final List<Line> HOLD = lines("""
            A: 请您稍等，我帮您查询一下系统记录。
            A: 感谢您的耐心等待。
            """);

    /** Exchanges that fit any inbound call. */
    public static final List<List<Line>> GENERIC = exchanges("""
            A: 麻烦您提供一下机主姓名和身份证后四位。
            C: 我叫王建国，身份证后四位是三七一二。
            A: 好的王先生，信息核实成功。

            A: 请问您的装机地址是哪里？
            C: 和平区南京北街二十八号，三单元五零二。
            A: 好的，地址我记下了。

            A: 请问您留的联系电话是尾号八八六六的这个号码吗？
            C: 对，就是这个号码。

            A: 请问这个问题是从什么时候开始的？
            C: 大概是前天晚上开始的。
            A: 好的，我帮您记录一下。

            A: 我们这边最近在做宽带提速活动，三百兆升级到五百兆每月只需要加十元。
            C: 这个先不用了，以后再说吧。
            A: 好的，没问题。

            C: 对了，我想问一下现在交费可以用微信吗？
            A: 可以的，您关注九六一九五公众号，绑定户号就能在线缴费。
            C: 好的，我回头试试。

            C: 你们营业厅周末开门吗？
            A: 营业厅周六周日正常营业，时间是早上八点半到下午五点。
            C: 好的，知道了。

            A: 为了方便维修人员上门，请问您明天上午家里有人吗？
            C: 上午我要上班，下午两点以后可以。
            A: 好的，我给您备注下午两点以后上门。

            C: 维修要收费吗？
            A: 如果是线路问题是免费维修的，需要更换设备的话按规定收取材料费。
            C: 行，我知道了。

            A: 您家里是用的一台机顶盒还是两台？
            C: 客厅一台，卧室还有一台副机。
            A: 好的，两台我都给您登记上。

            C: 上次那个师傅说会回电话，结果一直没打。
            A: 非常抱歉给您带来不便，我会把情况反馈给维护站，让他们尽快联系您。

            A: 请问您家的户号是多少？在账单右上角可以看到。
            C~ 我找一下账单，户号是二四零一三五七八。
            A: 好的，已经查到您的账户了。

            C: 我家的套餐还有多长时间到期？
            A: 您的套餐到明年三月三十一号到期，到期前我们会短信提醒您。
            C: 好的。

            A: 请问您家里的网络是用来看电视多还是上网多？
            C: 主要是孩子上网课，老人看电视。
            A: 明白了，我帮您备注一下。

            C: 你们的客服电话太难打通了，我等了好几分钟。
            A: 非常抱歉让您久等了，现在是来电高峰期。
            """);

    public static final List<Scenario> SCENARIOS = List.of(
            scenario("TV_MOSAIC", "TV", "数字电视马赛克/卡顿", false, false, false,
                    """
                    C: 你好，我家电视最近总出马赛克，画面一卡一卡的。
                    A: 您别着急，请问是所有频道都这样吗？
                    C: 基本上都是，晚上看新闻的时候特别严重。
                    """,
                    """
                    A: 请您看一下机顶盒前面板的信号灯是什么颜色？
                    C~ 我看一下，是绿色的，一闪一闪的。
                    A: 好的，说明有信号但是不太稳定。

                    A: 麻烦您按一下遥控器上的信息键，看一下信号强度和信号质量。
                    C~ 信号强度是百分之四十，质量是百分之三十。
                    A: 这个数值偏低了，正常应该在百分之六十以上。

                    A: 请您检查一下机顶盒后面的信号线有没有松动。
                    C~ 我拧了一下，好像是有点松。
                    A: 您拧紧以后再看看画面有没有好转。
                    C~ 还是有一点马赛克，比刚才好一些。

                    A: 请您把机顶盒电源拔掉，等三十秒再插上。
                    C~ 好的，我拔了，现在重新插上了。
                    A: 开机大概需要一分钟，我们稍等一下。
                    C~ 开起来了，还是有点卡。
                    """,
                    """
                    A: 根据您描述的情况，可能是入户线路信号衰减，我给您派一张维修单。
                    A: 维修人员会在二十分钟内和您联系，二十四小时内上门处理。
                    C: 好的，那麻烦你们快一点。
                    A: 好的，我会给您加急备注。
                    """),
            scenario("TV_NO_SIGNAL", "TV", "数字电视无信号", false, false, false,
                    """
                    C: 喂，你好，我家电视突然没信号了，屏幕上显示无信号。
                    A: 请问您家的机顶盒是开着的吗？
                    C: 开着呢，灯是红色的。
                    """,
                    """
                    A: 请您确认一下电视机的信号源是不是选在了高清接口上。
                    C~ 我按了信号源键，切过去了，还是没有。
                    A: 好的，那我们再查一下别的原因。

                    A: 请问您家楼里其他住户的电视正常吗？
                    C~ 我问了一下邻居，他们家也不行。
                    A: 那可能是小区线路的问题，我帮您查一下有没有故障公告。

                    A: 系统显示您所在的小区今天上午在做线路割接。
                    C: 怎么没提前通知啊？
                    A: 非常抱歉，通知在小区公告栏张贴了，可能您没有注意到。

                    A: 请您把机顶盒的智能卡拔出来，重新插一下。
                    C~ 插好了，显示正在搜索节目。
                    A: 搜索完成后看看能不能收到节目。
                    """,
                    """
                    A: 线路预计今天下午五点以前恢复，如果到时还没有信号，您再拨打九六一九五。
                    C: 行，那我等一下。
                    """),
            scenario("BB_OUTAGE", "BB", "宽带断网", false, false, false,
                    """
                    C: 你好，我家宽带从昨天晚上就上不了网了。
                    A: 请问您的光猫上哪个指示灯是红色的？
                    C~ 有一个灯在闪红灯，上面写着LOS。
                    """,
                    """
                    A: 这个灯闪红说明光信号中断了，请您检查一下光纤有没有被折到。
                    C~ 光纤看着没什么问题，就是有点弯。
                    A: 好的，您先不要用力去掰它。

                    A: 请您把光猫和路由器都断电重启一下。
                    C~ 都重启了，还是连不上。
                    A: 好的，那需要安排师傅上门检查了。

                    C: 我在家办公，这两天断网对我影响特别大。
                    A: 非常理解您的心情，我们会尽快安排处理。

                    A: 请问您用的是我们公司的路由器还是自己买的？
                    C: 路由器是我自己买的。
                    A: 这个不影响，问题出在光猫这一段。

                    C: 断网这几天的费用能不能给减免一下？
                    A: 如果确认是线路故障，可以按规定给您申请赔偿，按天折算退还宽带费。
                    C: 那你帮我申请一下。
                    """,
                    """
                    A: 宽带故障单已经给您提交了，维修人员会在二十分钟内联系您。
                    C: 好，我等电话。
                    """),
            scenario("BILLING_DISPUTE", "TV", "账单争议/乱扣费", false, false, true,
                    """
                    C: 我想问一下，我这个月怎么多扣了五十块钱？
                    A: 请您稍等，我帮您查询一下账单明细。
                    A: 让您久等了，系统显示您本月开通了一个影视点播包。
                    C: 我从来没开过什么点播包！
                    """,
                    """
                    C: 肯定是你们乱收费，我要投诉。
                    A: 您先别着急，我帮您查一下开通记录。
                    A~ 记录显示是上个月十五号用遥控器订购的。
                    C: 家里就老人和孩子，可能是孩子乱按的。

                    C: 你们这个订购也太容易了，连个密码都没有。
                    A: 您的意见我们会反馈，我可以帮您设置一个订购密码。
                    C: 那赶紧给我设置上。

                    C: 多扣的钱必须退给我，还要给我赔偿。
                    A: 我理解您的心情，退费需要提交申请，由业务部门审核。

                    A: 审核通过以后，费用会在三个工作日内退回到您的账户。
                    C: 三个工作日太久了。
                    A: 非常抱歉，这是系统处理的时间，我会帮您备注加急。
                    """,
                    """
                    A: 我已经为您取消了点播包，并提交了退费申请。
                    C: 要是不给我退，我就打电话找监管部门。
                    A: 您放心，我们一定会在时限内给您答复。
                    """),
            scenario("HD_INSTALL", "HD", "高清机顶盒安装", false, false, false,
                    """
                    C: 你好，我想装一个高清机顶盒，需要怎么办理？
                    A: 高清机顶盒可以在营业厅办理，也可以电话预约上门安装。
                    C: 那我电话预约吧。
                    """,
                    """
                    A: 高清基本包每月三十八元，包含一百多个高清频道。
                    C: 有没有什么优惠？
                    A: 现在一次性交一年的费用，可以赠送两个月。

                    A: 安装需要您准备身份证原件，安装当天由师傅现场核实。
                    C: 好的，身份证我有。

                    C: 我家卧室还想再装一个，可以吗？
                    A: 可以办理副机，副机每月十元。
                    C: 那就一起装了吧。

                    C: 旧的标清机顶盒怎么处理？
                    A: 安装师傅会帮您回收旧机顶盒，押金会退回到您的账户。
                    """,
                    """
                    A: 已经为您预约了本周六上午的安装，师傅会提前一天和您电话确认。
                    C: 好的，谢谢。
                    """),
            scenario("RELOCATION", "BB", "宽带电视移机", false, false, false,
                    """
                    C: 我下个月要搬家，宽带和电视能跟着一起移过去吗？
                    A: 可以的，请问新地址是在哪个区？
                    C: 搬到于洪区的一个新小区。
                    """,
                    """
                    A: 我帮您查一下新地址有没有覆盖我们的光纤网络，请您稍等。
                    A: 新小区已经覆盖了，可以办理移机。

                    A: 移机需要收取一次性移机费一百元。
                    C: 还要收钱啊？
                    A: 如果您同时续费一年宽带，移机费可以免除。

                    C: 移机大概要多长时间？
                    A: 正常情况下五个工作日内可以完成。

                    A: 请问您希望哪一天上门安装？
                    C: 下个月五号吧，那天我休息。
                    A: 好的，给您预约下个月五号。
                    """,
                    """
                    A: 移机申请已经提交，到时候请您在新家等候安装人员。
                    C: 好的，麻烦了。
                    """),
            scenario("COMPLAINT_ESCALATION", "BB", "重复报修投诉升级", false, false, true,
                    """
                    C: 我这已经是第三次打电话了，宽带修了三次还是不好！
                    A: 非常抱歉给您带来这么多麻烦，请您先消消气。
                    C: 每次都说马上处理，结果根本没人管。
                    """,
                    """
                    C: 上周师傅来了看了一眼就走了，什么都没修。
                    A: 非常抱歉，这个情况我会如实记录并反馈给维护部门。

                    C: 我要投诉你们的维修人员，态度太差了。
                    A: 好的，我这边给您登记投诉，会有专人跟进处理。

                    C: 这个月的网费我不交了，你们必须赔偿我的损失。
                    A: 关于赔偿的问题，我会一并提交给投诉处理部门。

                    C: 再解决不了，我就去工信部投诉，让监管部门来管管你们。
                    A: 您的诉求我们非常重视，我会帮您升级为加急工单。

                    A: 我已经联系了值班长，稍后由值班长给您回电。
                    C: 多长时间能回电？
                    A: 三十分钟内给您回电。
                    """,
                    """
                    A: 您的投诉工单已经提交，处理结果会在二十四小时内反馈给您。
                    C: 好，我等你们消息，再不处理我就直接找监管部门。
                    A: 请您放心，我们一定跟进到底。
                    """),
            new Scenario("CALLBACK", "TV", "维修回访", true, false, false,
                    lines("""
                            A: 您好，我是九六一九五客服中心的回访专员，工号{agent}。
                            C: 你好，什么事？
                            A: 您前两天报修的数字电视故障，我们回访一下处理情况。
                            """),
                    List.of(),
                    exchanges("""
                            A: 请问维修人员是在接单后二十分钟内联系您的吗？
                            C: 对，很快就打电话了。

                            A: 师傅上门的时候有没有佩戴工牌，穿鞋套？
                            C: 戴了工牌，也穿了鞋套。

                            A: 请问现在电视收看正常吗？
                            C: 现在挺好的，没有再卡了。

                            A: 师傅是按约定的时间到的吗？
                            C: 按时到的，还提前打了电话。
                            """),
                    lines("""
                            A: 请问您对这次维修服务满意吗？
                            C: 挺满意的。
                            """),
                    lines("A: 感谢您的配合，祝您生活愉快，再见。")),
            new Scenario("WRONG_NUMBER", "TV", "拨错电话", false, true, false, OPENING,
                    lines("C: 不好意思，我打错了。"), List.of(), List.of(), lines("A: 没关系，再见。")),
            new Scenario("SILENT_CALLER", "BB", "无声电话", false, true, false, OPENING,
                    lines("""
                            A~ 您好，请问能听到吗？
                            A~ 您好，由于听不到您的声音，请您稍后再拨，再见。
                            """), List.of(), List.of(), List.of()),
            new Scenario("QUICK_QUESTION", "TV", "营业时间咨询", false, true, false, OPENING,
                    lines("""
                            C: 你好，我想问一下营业厅几点下班？
                            A: 营业厅下午五点下班。
                            """), List.of(), List.of(),
                    lines("""
                            C: 好的，谢谢。
                            A: 不客气，再见。
                            """)));

    /** Scenario by id. */
    public static Scenario scenario(String id) {
        return SCENARIOS.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + id));
    }

    /** Every distinct text a speaker can say (the agent-id placeholder resolved for {@code agentIds}). */
    public static Set<String> allTexts(Speaker speaker, List<String> agentIds) {
        Set<String> raw = new LinkedHashSet<>();
        for (Scenario s : SCENARIOS) {
            raw.addAll(s.texts(speaker));
        }
        for (List<Line> block : GENERIC) {
            block.stream().filter(l -> l.speaker() == speaker).forEach(l -> raw.add(l.text()));
        }
        for (List<Line> block : List.of(OPENING, CLOSING, HOLD)) {
            block.stream().filter(l -> l.speaker() == speaker).forEach(l -> raw.add(l.text()));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : raw) {
            if (t.contains("{agent}")) {
                for (String id : agentIds) {
                    out.add(t.replace("{agent}", id));
                }
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static Scenario scenario(String id, String skill, String title, boolean outbound, boolean short_,
                                     boolean complaint, String problem, String details, String resolution) {
        return new Scenario(id, skill, title, outbound, short_, complaint, OPENING, lines(problem),
                exchanges(details), lines(resolution), CLOSING);
    }

    static List<Line> lines(String block) {
        List<Line> out = new ArrayList<>();
        for (String raw : block.split("\n")) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() < 3 || (l.charAt(0) != 'A' && l.charAt(0) != 'C')
                    || (l.charAt(1) != ':' && l.charAt(1) != '~')) {
                throw new IllegalArgumentException("bad dialogue line: " + l);
            }
            out.add(new Line(l.charAt(0) == 'A' ? Speaker.AGENT : Speaker.CUSTOMER, l.substring(2).strip(),
                    l.charAt(1) == '~'));
        }
        return List.copyOf(out);
    }

    static List<List<Line>> exchanges(String block) {
        List<List<Line>> out = new ArrayList<>();
        for (String part : block.split("\n\\s*\n")) {
            List<Line> l = lines(part);
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }
}
