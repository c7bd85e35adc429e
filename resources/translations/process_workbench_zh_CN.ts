<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="216" />
            <source>a time limit, or the KPI below</source>
            <translation>时限，或下面的 KPI</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="220" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="221" />
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="222" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="223" />
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="235" />
            <source>None</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>ApprovalActions</name>
        <message>
            <location filename="../../ui/approval_actions.py" line="20" />
            <source>&amp;Approve Current Version…</source>
            <translation>批准当前版本(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/approval_actions.py" line="31" />
            <location filename="../../ui/approval_actions.py" line="37" />
            <source>Approve Current Version</source>
            <translation>批准当前版本</translation>
        </message>
        <message>
            <location filename="../../ui/approval_actions.py" line="32" />
            <source>Approved by (name and role):</source>
            <translation>批准人（姓名和职务）：</translation>
        </message>
        <message>
            <location filename="../../ui/approval_actions.py" line="38" />
            <source>What changed in version {0}?</source>
            <translation>{0} 版有哪些变更？</translation>
        </message>
    </context>
    <context>
        <name>ApprovalGuard</name>
        <message>
            <location filename="../../ui/approval_guard.py" line="38" />
            <source>Approved version</source>
            <translation>已批准的版本</translation>
        </message>
        <message>
            <location filename="../../ui/approval_guard.py" line="39" />
            <source>“{0}” is approved as version {1}.</source>
            <translation>“{0}”已作为 {1} 版批准。</translation>
        </message>
        <message>
            <location filename="../../ui/approval_guard.py" line="40" />
            <source>This process</source>
            <translation>此流程</translation>
        </message>
        <message>
            <location filename="../../ui/approval_guard.py" line="42" />
            <source>Changes to an approved procedure need a new approval. Save them as draft version {0}? The approved version stays in the change log.</source>
            <translation>已批准流程的修改需要重新批准。是否将修改保存为草稿版本 {0}？已批准的版本保留在变更记录中。</translation>
        </message>
        <message>
            <location filename="../../ui/approval_guard.py" line="46" />
            <source>Start Draft {0}</source>
            <translation>新建草稿 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/approval_guard.py" line="48" />
            <source>Keep Approved</source>
            <translation>保持已批准</translation>
        </message>
    </context>
    <context>
        <name>BpmnActions</name>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="29" />
            <source>&amp;Import BPMN…</source>
            <translation>导入 BPMN(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="31" />
            <source>Export &amp;BPMN…</source>
            <translation>导出 BPMN(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="42" />
            <source>Import BPMN</source>
            <translation>导入 BPMN</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="44" />
            <location filename="../../ui/bpmn_actions.py" line="65" />
            <source>BPMN 2.0 diagram (*.bpmn *.bpmn20.xml *.xml)</source>
            <translation>BPMN 2.0 流程图 (*.bpmn *.bpmn20.xml *.xml)</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="51" />
            <source>This BPMN file cannot be imported.</source>
            <translation>无法导入这个 BPMN 文件。</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="65" />
            <source>Export BPMN</source>
            <translation>导出 BPMN</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="74" />
            <source>The BPMN file could not be written.</source>
            <translation>无法写入 BPMN 文件。</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="76" />
            <source>Exported {0}</source>
            <translation>已导出 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="84" />
            <source>BPMN imported</source>
            <translation>BPMN 已导入</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="85" />
            <source>{0} was imported as a new, unsaved document.</source>
            <translation>{0} 已导入为一个尚未保存的新文档。</translation>
        </message>
        <message>
            <location filename="../../ui/bpmn_actions.py" line="94" />
            <source>BPMN</source>
            <translation>BPMN</translation>
        </message>
    </context>
    <context>
        <name>ChangeList</name>
        <message>
            <location filename="../../ui/comparison_changes.py" line="56" />
            <source>Lane</source>
            <translation>泳道</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_changes.py" line="57" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_changes.py" line="58" />
            <source>Flow</source>
            <translation>连线</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_changes.py" line="59" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_changes.py" line="62" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_changes.py" line="63" />
            <source>removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_changes.py" line="64" />
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_changes.py" line="67" />
            <source>{0} {1} “{2}”{3}: {4}</source>
            <translation>{0} {1}“{2}”{3}：{4}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="44" />
            <source>(no path of its own yet)</source>
            <translation>（尚无自己的路径）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="99" />
            <source>Four elements</source>
            <translation>流程四要素</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="102" />
            <source>Checklist %p % complete</source>
            <translation>四要素已完成 %p%</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="108" />
            <source>New input</source>
            <translation>新输入</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="114" />
            <source>New output</source>
            <translation>新输出</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="120" />
            <source>New activity</source>
            <translation>新活动</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="124" />
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="125" />
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="126" />
            <source>Outputs</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="127" />
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/checklist_panel.py" line="172" />
            <source>Gaps: %n</source>
            <translation>
                <numerusform>缺项：%n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="180" />
            <source>Complete</source>
            <translation>完整</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="181" />
            <source>Partly filled</source>
            <translation>部分填写</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="182" />
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <location filename="../../ui/panels/forms.py" line="184" />
            <source>(several values)</source>
            <translation>（多个值）</translation>
        </message>
    </context>
    <context>
        <name>ComparisonDialog</name>
        <message>
            <location filename="../../ui/comparison_view.py" line="54" />
            <source>Compare versions</source>
            <translation>比较版本</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="97" />
            <source>Measure</source>
            <translation>度量</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="97" />
            <source>Before</source>
            <translation>之前</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="97" />
            <source>After</source>
            <translation>之后</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="97" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="110" />
            <source>Before:</source>
            <translation>之前：</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="113" />
            <source>After:</source>
            <translation>之后：</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="117" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="118" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="119" />
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="125" />
            <source>Outlined: &lt;span style='color:#2e8b57'&gt;added&lt;/span&gt; · &lt;span style='color:#c0392b'&gt;removed&lt;/span&gt; · &lt;span style='color:#d68910'&gt;changed&lt;/span&gt;</source>
            <translation>描边：&lt;span style='color:#2e8b57'&gt;新增&lt;/span&gt; · &lt;span style='color:#c0392b'&gt;删除&lt;/span&gt; · &lt;span style='color:#d68910'&gt;修改&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="140" />
            <source>What changed, in reading order (choose one to see it in both diagrams):</source>
            <translation>变化清单，按阅读顺序（选中一项，即在两张图中显示）：</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_view.py" line="197" />
            <source>{0} added, {1} removed, {2} changed; checklist {3:.0%} → {4:.0%}</source>
            <translation>新增 {0}，删除 {1}，修改 {2}；四要素完成度 {3:.0%} → {4:.0%}</translation>
        </message>
    </context>
    <context>
        <name>DocumentForm</name>
        <message>
            <location filename="../../ui/panels/document_form.py" line="43" />
            <source>What the customer gets, in the customer's terms</source>
            <translation>客户得到什么，用客户的话说</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="50" />
            <source>e.g. 2.1</source>
            <translation>例如 2.1</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="53" />
            <source>The version the register, the readiness rules and the audit pack judge</source>
            <translation>流程登记册、就绪规则和审核资料包所评估的版本</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="59" />
            <source>e.g. 12</source>
            <translation>例如 12</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="61" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="63" />
            <source>comma separated</source>
            <translation>用顿号或逗号分隔</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="65" />
            <source>e.g. en, zh-CN</source>
            <translation>如 zh-CN、en</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="70" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="72" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="73" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="74" />
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="76" />
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="78" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="79" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="80" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="81" />
            <source>Classification</source>
            <translation>流程分类</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="82" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="83" />
            <source>Version number</source>
            <translation>版本号</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="84" />
            <source>In operation</source>
            <translation>运行中的版本</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="85" />
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="86" />
            <source>Approved on</source>
            <translation>批准日期</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="87" />
            <source>Last review</source>
            <translation>上次评审</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="88" />
            <source>Review every (months)</source>
            <translation>评审周期（月）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="89" />
            <source>Next review</source>
            <translation>下次评审</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="90" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="91" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/panels/document_form.py" line="125" />
            <source>The last one ({0})</source>
            <translation>最后一个（{0}）</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <location filename="../../ui/export_actions.py" line="56" />
            <source>Export to &amp;Excel…</source>
            <translation>导出为 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="58" />
            <source>Export &amp;PDF Report…</source>
            <translation>导出 PDF 报告(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="61" />
            <source>&amp;Print Diagram…</source>
            <translation>打印流程图(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="79" />
            <source>Export to Excel</source>
            <translation>导出为 Excel</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="87" />
            <source>Export PDF report</source>
            <translation>导出 PDF 报告</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="98" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="98" />
            <source>PDF report (*.pdf)</source>
            <translation>PDF 报告 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="105" />
            <source>Writing {0}…</source>
            <translation>正在写入 {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="122" />
            <source>Exported {0}</source>
            <translation>已导出 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="129" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="130" />
            <source>The export could not be written.</source>
            <translation>无法写入导出文件。</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="../../ui/file_controller.py" line="82" />
            <location filename="../../ui/file_controller.py" line="216" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="107" />
            <source>Open process</source>
            <translation>打开流程</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="107" />
            <location filename="../../ui/file_controller.py" line="158" />
            <source>Process Workbench documents (*.pwb);;All files (*)</source>
            <translation>Process Workbench 文档 (*.pwb);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="134" />
            <source>Could not open the document</source>
            <translation>无法打开文档</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="147" />
            <source>Opened {0}</source>
            <translation>已打开 {0}</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="158" />
            <source>Save process as</source>
            <translation>流程另存为</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="172" />
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="173" />
            <source>“{0}” has changes that are not saved. Save them first?</source>
            <translation>“{0}”有尚未保存的修改。先保存吗？</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="196" />
            <source>Autosave failed: {0}</source>
            <translation>自动保存失败：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="212" />
            <source>Restore unsaved work?</source>
            <translation>恢复未保存的工作吗？</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="213" />
            <source>Process Workbench closed unexpectedly while “{0}” had unsaved changes. Restore them?</source>
            <translation>Process Workbench 意外关闭，当时“{0}”还有未保存的修改。要恢复吗？</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="227" />
            <source>The recovery copy is damaged</source>
            <translation>恢复副本已损坏</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="250" />
            <source>Could not save the document</source>
            <translation>无法保存文档</translation>
        </message>
        <message>
            <location filename="../../ui/file_controller.py" line="259" />
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="59" />
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="59" />
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="59" />
            <source>Outputs</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="59" />
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="93" />
            <source>Findings</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="116" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="116" />
            <source>Element</source>
            <translation>元素</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="116" />
            <source>Message</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="182" />
            <source>errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="183" />
            <source>warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="184" />
            <source>notes</source>
            <translation>提示</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/findings_panel.py" line="191" />
            <source>Findings: %n</source>
            <translation>
                <numerusform>检查结果：%n 条</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panels/findings_panel.py" line="193" />
            <source>(%1 shown)</source>
            <translation>（显示 %1 条）</translation>
        </message>
    </context>
    <context>
        <name>FlowForm</name>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="41" />
            <source>condition, e.g. "slot free"</source>
            <translation>条件，如“有空档”</translation>
        </message>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="43" />
            <source>only out of a decision</source>
            <translation>仅用于从判断引出的连线</translation>
        </message>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="50" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="51" />
            <source>Probability</source>
            <translation>概率</translation>
        </message>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="65" />
            <source>Interaction (crosses the line of interaction)</source>
            <translation>互动（跨越互动线）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="67" />
            <source>Flow</source>
            <translation>连线</translation>
        </message>
    </context>
    <context>
        <name>GalleryWording</name>
        <message>
            <location filename="../../ui/template_wording.py" line="28" />
            <source>Key customer service process</source>
            <translation>关键客户服务流程</translation>
        </message>
        <message>
            <location filename="../../ui/template_wording.py" line="29" />
            <source>Key support process</source>
            <translation>关键支持流程</translation>
        </message>
        <message>
            <location filename="../../ui/template_wording.py" line="30" />
            <source>Management process</source>
            <translation>管理流程</translation>
        </message>
        <message>
            <location filename="../../ui/template_wording.py" line="47" />
            <source>Bundled</source>
            <translation>内置</translation>
        </message>
        <message>
            <location filename="../../ui/template_wording.py" line="49" />
            <source>Built-in example</source>
            <translation>内置示例</translation>
        </message>
        <message>
            <location filename="../../ui/template_wording.py" line="70" />
            <source>The folder '{0}' could not be read: {1}</source>
            <translation>无法读取文件夹“{0}”：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/template_wording.py" line="77" />
            <source>1 file in '{1}' could not be read: {2}</source>
            <translation>“{1}”中有 1 个文件无法读取：{2}</translation>
        </message>
        <message>
            <location filename="../../ui/template_wording.py" line="79" />
            <source>{0} files in '{1}' could not be read: {2}</source>
            <translation>“{1}”中有 {0} 个文件无法读取：{2}</translation>
        </message>
    </context>
    <context>
        <name>GoalForm</name>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="51" />
            <source>What the customer gets, in the customer's terms, and how it is measured</source>
            <translation>客户得到什么（用客户的话说），以及如何衡量</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="53" />
            <source>Stated in the customer's terms</source>
            <translation>用客户的话表述</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="55" />
            <source>the process owner</source>
            <translation>流程负责人</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="58" />
            <source>Statement</source>
            <translation>目标陈述</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="60" />
            <source>Measured by</source>
            <translation>衡量指标</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_panel.py" line="61" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
    </context>
    <context>
        <name>GoalKpiField</name>
        <message>
            <location filename="../../ui/panels/goal_kpis.py" line="38" />
            <source>Name a KPI, e.g. First-contact resolution</source>
            <translation>输入 KPI 名称，例如：一次解决率</translation>
        </message>
        <message>
            <location filename="../../ui/panels/goal_kpis.py" line="45" />
            <source>Create KPI</source>
            <translation>新建 KPI</translation>
        </message>
        <message>
            <location filename="../../ui/panels/goal_kpis.py" line="47" />
            <source>Adds the KPI to this version's KPIs and ticks it here; one undo takes it back</source>
            <translation>把这个 KPI 加入本版本的 KPI，并在这里勾选；撤销一次即可取消</translation>
        </message>
        <message>
            <location filename="../../ui/panels/goal_kpis.py" line="79" />
            <source>Tick the KPIs that show the goal is met, or create one.</source>
            <translation>勾选能说明目标已达成的 KPI，或新建一个。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/goal_kpis.py" line="82" />
            <source>No KPI yet. Name the figure that shows the goal is met (a preset is offered as you type) and create it: it is added to the KPIs and ticked here.</source>
            <translation>还没有 KPI。输入能说明目标已达成的指标名称（输入时会提示预设指标）并新建：它会加入 KPI 列表，并在这里勾选。</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <location filename="../../ui/help_actions.py" line="18" />
            <source>Quick &amp;Guide</source>
            <translation>快速入门(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/help_actions.py" line="20" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/help_actions.py" line="22" />
            <source>What the &amp;Measures Mean</source>
            <translation>度量的含义(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../ui/help_dialog.py" line="80" />
            <source>Process Workbench Help</source>
            <translation>Process Workbench 帮助</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="89" />
            <source>Quick guide</source>
            <translation>快速入门</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="90" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="91" />
            <source>What the measures mean</source>
            <translation>度量的含义</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="115" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="115" />
            <source>Does</source>
            <translation>作用</translation>
        </message>
    </context>
    <context>
        <name>InputForm</name>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="98" />
            <source>Not typed</source>
            <translation>未分类</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="99" />
            <source>Value demand</source>
            <translation>价值需求</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="100" />
            <source>Failure demand (caused by an earlier failure)</source>
            <translation>失败需求（由之前的失误引起）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="104" />
            <source>the event that starts the process</source>
            <translation>启动流程的事件</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="105" />
            <source>what must be present to start</source>
            <translation>开始前必须具备的条件</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="106" />
            <source>Variants</source>
            <translation>输入变体</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="108" />
            <source>Add variant</source>
            <translation>添加变体</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="114" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="115" />
            <source>Trigger</source>
            <translation>触发事件</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="116" />
            <source>Supplier</source>
            <translation>提供方</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="117" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="118" />
            <source>Acceptance</source>
            <translation>受理条件</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="119" />
            <source>Demand</source>
            <translation>需求类型</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="145" />
            <source>New variant</source>
            <translation>新变体</translation>
        </message>
    </context>
    <context>
        <name>ItemsEditor</name>
        <message>
            <location filename="../../ui/panels/checklist_items.py" line="92" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_items.py" line="93" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_items.py" line="123" />
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
    </context>
    <context>
        <name>KpiEditor</name>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="45" />
            <source>The whole process</source>
            <translation>整个流程</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="78" />
            <source>%, s, h, score…</source>
            <translation>%、秒、小时、分值…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="79" />
            <source>e.g. 95 (%)</source>
            <translation>如 95 (%)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="80" />
            <source>Target per customer segment</source>
            <translation>按客户分层设定目标</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="89" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="90" />
            <source>Attached to</source>
            <translation>挂接于</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="91" />
            <source>Definition</source>
            <translation>定义</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="92" />
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="93" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="94" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="95" />
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="96" />
            <source>Target rationale</source>
            <translation>目标设定依据</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="97" />
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="98" />
            <source>Measured</source>
            <translation>实测值</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="99" />
            <source>Data source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="100" />
            <source>Method</source>
            <translation>采集方式</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="101" />
            <source>Sample size</source>
            <translation>样本量</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="102" />
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="103" />
            <source>Method notes</source>
            <translation>方法说明</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="104" />
            <source>Frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="105" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="106" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_editor.py" line="164" />
            <source>same as the target</source>
            <translation>与目标值相同</translation>
        </message>
    </context>
    <context>
        <name>KpiPanel</name>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="51" />
            <source>The whole process</source>
            <translation>整个流程</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="78" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="91" />
            <source>Double-click an interaction to show it on the canvas</source>
            <translation>双击互动，在画布上显示它</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Attached to</source>
            <translation>挂接于</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Measured</source>
            <translation>实测值</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Data source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="97" />
            <source>Method</source>
            <translation>采集方式</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="114" />
            <source>Add KPI</source>
            <translation>添加 KPI</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="125" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="185" />
            <source>New KPI</source>
            <translation>新 KPI</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_panel.py" line="233" />
            <source>+ per segment</source>
            <translation>+ 分层目标</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/kpi_panel.py" line="259" />
            <source>Interactions without a KPI: %n</source>
            <translation>
                <numerusform>没有 KPI 的互动：%n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KpiResultsBox</name>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="52" />
            <source>Results per period</source>
            <translation>各期实测结果</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="57" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="57" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="57" />
            <source>Sample size</source>
            <translation>样本量</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="62" />
            <source>Add Period</source>
            <translation>添加期间</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="64" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="66" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="67" />
            <source>Import results from a CSV file or an Excel workbook with the columns kpi, period, value and, optionally, sample_size and note</source>
            <translation>从 CSV 文件或 Excel 工作簿导入结果，列为 kpi、period、value，可选 sample_size 和 note</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="71" />
            <source>Record Corrective Action…</source>
            <translation>记录纠正措施…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="115" />
            <source>No results yet: type them in or import a file.</source>
            <translation>尚无结果：请直接输入或导入文件。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="117" />
            <source>Latest: {0}{1} in {2}.</source>
            <translation>最新：{2} 为 {0}{1}。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="120" />
            <source>Misses the target of {0}{1}.</source>
            <translation>未达到目标 {0}{1}。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="124" />
            <source>A control chart needs at least 5 periods.</source>
            <translation>控制图至少需要 5 期数据。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="126" />
            <source>{0}: in control.</source>
            <translation>{0}：受控。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="128" />
            <source>{0}: out of control ({1}).</source>
            <translation>{0}：失控（{1}）。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="131" />
            <source>Corrective action: {0} ({1}).</source>
            <translation>纠正措施：{0}（{1}）。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="134" />
            <source>It needs a corrective action.</source>
            <translation>需要纠正措施。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="185" />
            <location filename="../../ui/panels/kpi_results.py" line="198" />
            <source>Import KPI Results</source>
            <translation>导入 KPI 结果</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="186" />
            <source>CSV or Excel (*.csv *.xlsx);;All files (*)</source>
            <translation>CSV 或 Excel (*.csv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="199" />
            <source>{0} was not imported.</source>
            <translation>{0} 未导入。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="205" />
            <source>Import KPI results</source>
            <translation>导入 KPI 结果</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="214" />
            <source>Record Corrective Action</source>
            <translation>记录纠正措施</translation>
        </message>
        <message>
            <location filename="../../ui/panels/kpi_results.py" line="215" />
            <source>What is being done about '{0}'?</source>
            <translation>针对“{0}”采取了什么措施？</translation>
        </message>
    </context>
    <context>
        <name>LaneForm</name>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="92" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="93" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/panels/element_forms.py" line="94" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../ui/i18n.py" line="78" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="83" />
            <source>Same as the System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="94" />
            <source>Takes effect when Process Workbench restarts</source>
            <translation>重启 Process Workbench 后生效</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="104" />
            <source>The language changes when Process Workbench restarts.</source>
            <translation>重启 Process Workbench 后将切换语言。</translation>
        </message>
    </context>
    <context>
        <name>LibraryFolders</name>
        <message>
            <location filename="../../ui/library_preferences.py" line="53" />
            <source>Personal</source>
            <translation>个人</translation>
        </message>
    </context>
    <context>
        <name>LibraryFoldersDialog</name>
        <message>
            <location filename="../../ui/library_preferences.py" line="77" />
            <source>Template Folders</source>
            <translation>模板文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/library_preferences.py" line="80" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../ui/library_preferences.py" line="87" />
            <source>Add Team Folder…</source>
            <translation>添加团队文件夹…</translation>
        </message>
        <message>
            <location filename="../../ui/library_preferences.py" line="89" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../ui/library_preferences.py" line="103" />
            <source>A team folder is a folder your colleagues share, such as a network drive or a git checkout. Everyone who adds it sees the same templates.</source>
            <translation>团队文件夹是同事们共享的文件夹，例如网络驱动器或 git 仓库。添加了它的人都能看到同样的模板。</translation>
        </message>
        <message>
            <location filename="../../ui/library_preferences.py" line="110" />
            <source>Personal folder:</source>
            <translation>个人文件夹：</translation>
        </message>
        <message>
            <location filename="../../ui/library_preferences.py" line="111" />
            <source>Team folders:</source>
            <translation>团队文件夹：</translation>
        </message>
        <message>
            <location filename="../../ui/library_preferences.py" line="134" />
            <source>Personal template folder</source>
            <translation>个人模板文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/library_preferences.py" line="141" />
            <source>Add a team's template folder</source>
            <translation>添加团队模板文件夹</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="78" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="87" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="89" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="91" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="95" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="96" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="98" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="101" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="103" />
            <source>&amp;Rename</source>
            <translation>重命名(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="107" />
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="108" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="109" />
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="110" />
            <source>D&amp;uplicate</source>
            <translation>创建副本(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="114" />
            <source>&amp;Auto-layout</source>
            <translation>自动布局(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="118" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="121" />
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="124" />
            <source>&amp;Fit to Window</source>
            <translation>适应窗口(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>New Version from This One…</source>
            <translation>基于此版本新建版本…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="130" />
            <source>Rename Version…</source>
            <translation>重命名版本…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="133" />
            <source>Delete Version</source>
            <translation>删除版本</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="136" />
            <source>&amp;Compare Versions…</source>
            <translation>比较版本(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <location filename="../../ui/main_window.py" line="144" />
            <source>Select</source>
            <translation>选择</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <location filename="../../ui/main_window.py" line="144" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <location filename="../../ui/main_window.py" line="144" />
            <source>Decision</source>
            <translation>判断</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <location filename="../../ui/main_window.py" line="144" />
            <source>Parallel</source>
            <translation>并行</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <location filename="../../ui/main_window.py" line="144" />
            <source>Wait</source>
            <translation>等待</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <location filename="../../ui/main_window.py" line="144" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <location filename="../../ui/main_window.py" line="144" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="177" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>&amp;Insert</source>
            <translation>插入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>Ve&amp;rsion</source>
            <translation>版本(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="189" />
            <source>&amp;About Process Workbench</source>
            <translation>关于 Process Workbench(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>Palette</source>
            <translation>工具</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="202" />
            <source> Version: </source>
            <translation> 版本：</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="211" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="212" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="218" />
            <source>Properties</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="219" />
            <source>Four elements</source>
            <translation>流程四要素</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="220" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="221" />
            <source>Measures</source>
            <translation>度量</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>Simulation</source>
            <translation>仿真</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="223" />
            <source>Findings</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="224" />
            <source>Undo history</source>
            <translation>撤销历史</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="230" />
            <source>&amp;Reset Layout</source>
            <translation>重置面板布局(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="438" />
            <source>To-be</source>
            <translation>优化后</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="440" />
            <source>New version</source>
            <translation>新建版本</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="440" />
            <source>Name of the new version:</source>
            <translation>新版本的名称：</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="453" />
            <source>Rename version</source>
            <translation>重命名版本</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="453" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="467" />
            <source>Delete version</source>
            <translation>删除版本</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="468" />
            <source>Delete the version “{0}”? You can undo this.</source>
            <translation>删除版本“{0}”吗？此操作可以撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="477" />
            <source>Make a second version first (New Version from This One).</source>
            <translation>请先建立第二个版本（基于此版本新建版本）。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="495" />
            <source>No recent files</source>
            <translation>没有最近打开的文件</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="498" />
            <source>Clear Menu</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="504" />
            <source>About Process Workbench</source>
            <translation>关于 Process Workbench</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="505" />
            <source>Process Workbench: design customer-service processes with the customer in the flow — value and waste, the four elements, KPIs on every interaction, as-is against to-be.</source>
            <translation>Process Workbench：把客户放进流程来设计客户服务流程——增值与浪费、流程四要素、每个互动的 KPI，以及现状与优化后的对比。</translation>
        </message>
    </context>
    <context>
        <name>MeasuresPanel</name>
        <message>
            <location filename="../../ui/panels/measures_panel.py" line="59" />
            <source>Measures</source>
            <translation>度量</translation>
        </message>
        <message>
            <location filename="../../ui/panels/measures_panel.py" line="65" />
            <source>Measure</source>
            <translation>度量</translation>
        </message>
        <message>
            <location filename="../../ui/panels/measures_panel.py" line="65" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../ui/panels/measures_panel.py" line="78" />
            <source>Double-click a measure to read how it is computed</source>
            <translation>双击一项度量，查看它是怎样计算的</translation>
        </message>
        <message>
            <location filename="../../ui/panels/measures_panel.py" line="82" />
            <source>What do these mean?</source>
            <translation>这些度量是什么意思？</translation>
        </message>
        <message>
            <location filename="../../ui/panels/measures_panel.py" line="119" />
            <source>better: %1</source>
            <translation>更好：%1</translation>
        </message>
    </context>
    <context>
        <name>NodeForm</name>
        <message>
            <location filename="../../ui/panels/node_form.py" line="60" />
            <source>Likely to go wrong here</source>
            <translation>这里容易出错</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="62" />
            <source>most likely</source>
            <translation>最可能</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="63" />
            <source>min</source>
            <translation>最短</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="64" />
            <source>max</source>
            <translation>最长</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="65" />
            <source>The words the agent is told to use (话术)</source>
            <translation>坐席在这一步要用的话术</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="78" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="79" />
            <source>Lane</source>
            <translation>泳道</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="80" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="81" />
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="82" />
            <source>Value class</source>
            <translation>增值分类</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="83" />
            <source>Waste kind</source>
            <translation>浪费类型</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="84" />
            <source>Script</source>
            <translation>话术</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="85" />
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="86" />
            <source>IT system</source>
            <translation>IT 系统</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="88" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="99" />
            <source>Move to lane</source>
            <translation>移到泳道</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="100" />
            <source>Change kind</source>
            <translation>更改类型</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="102" />
            <source>Mark fail point</source>
            <translation>标记易错点</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="106" />
            <source>Mark waste kind</source>
            <translation>标记浪费类型</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/node_form.py" line="131" />
            <source>%n steps selected</source>
            <translation>
                <numerusform>已选 %n 个步骤</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="145" />
            <source>Value and waste are judged for customer-lane steps</source>
            <translation>增值与浪费只对客户泳道的步骤判断</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="208" />
            <source>Mark value class</source>
            <translation>标记增值分类</translation>
        </message>
        <message>
            <location filename="../../ui/panels/node_form.py" line="226" />
            <source>Enter the most likely duration first.</source>
            <translation>请先填写最可能的时长。</translation>
        </message>
    </context>
    <context>
        <name>OpeningProgress</name>
        <message>
            <location filename="../../ui/file_loading.py" line="46" />
            <source>Opening %1</source>
            <translation>正在打开 %1</translation>
        </message>
        <message>
            <location filename="../../ui/file_loading.py" line="53" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location filename="../../ui/file_loading.py" line="54" />
            <source>Reading the steps and connections…</source>
            <translation>正在读取步骤和连线…</translation>
        </message>
        <message>
            <location filename="../../ui/file_loading.py" line="55" />
            <source>Building the document…</source>
            <translation>正在构建文档…</translation>
        </message>
        <message>
            <location filename="../../ui/file_loading.py" line="56" />
            <source>Drawing the diagram…</source>
            <translation>正在绘制流程图…</translation>
        </message>
    </context>
    <context>
        <name>OutputForm</name>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="176" />
            <source>the customer, or the next process</source>
            <translation>客户，或下一个流程</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="177" />
            <source>e.g. within 48 h</source>
            <translation>如 48 小时内</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="180" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="181" />
            <source>Recipient</source>
            <translation>接收方</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="182" />
            <source>Definition of done</source>
            <translation>完成标准</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="183" />
            <source>Time standard</source>
            <translation>时限标准</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="184" />
            <source>Satisfies the customer?</source>
            <translation>客户满意吗？</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="185" />
            <source>Pushes work onto the customer?</source>
            <translation>把工作推给了客户吗？</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="186" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <location filename="../../ui/panels/properties_panel.py" line="28" />
            <source>Properties</source>
            <translation>属性</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/panels/properties_panel.py" line="84" />
            <source>%n elements selected. Select only steps to mark them together.</source>
            <translation>
                <numerusform>已选 %n 个元素。只选步骤才能一起标记。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <location filename="../../ui/register_actions.py" line="20" />
            <source>Open &amp;Register…</source>
            <translation>打开流程清单(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/register_actions.py" line="29" />
            <source>Open Register: choose the folder of process documents</source>
            <translation>打开流程清单：选择流程文件所在的文件夹</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <location filename="../../ui/register_model.py" line="36" />
            <source>Process</source>
            <translation>流程</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="36" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="36" />
            <source>Classification</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="36" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="36" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="37" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="37" />
            <source>Approval</source>
            <translation>批准</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="37" />
            <source>Last review</source>
            <translation>上次评审</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="37" />
            <source>Next review</source>
            <translation>下次评审</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="37" />
            <source>KPIs</source>
            <translation>KPI 数</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="38" />
            <source>KPI coverage</source>
            <translation>KPI 覆盖率</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="38" />
            <source>Checklist</source>
            <translation>流程四要素</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="38" />
            <source>Errors</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="38" />
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="39" />
            <source>Readiness</source>
            <translation>审核准备</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="39" />
            <source>Last change</source>
            <translation>最近修改</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="39" />
            <source>Changed by</source>
            <translation>修改人</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="45" />
            <source>Key customer service</source>
            <translation>关键客户服务</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="46" />
            <source>Key support</source>
            <translation>关键支持</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="47" />
            <source>Management</source>
            <translation>管理</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="52" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="52" />
            <source>In review</source>
            <translation>评审中</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="52" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="53" />
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="58" />
            <source>Unreadable</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="60" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../ui/register_model.py" line="61" />
            <source>{0} gap(s)</source>
            <translation>{0} 项差距</translation>
        </message>
    </context>
    <context>
        <name>RegisterWindow</name>
        <message>
            <location filename="../../ui/register_window.py" line="49" />
            <source>Process Register</source>
            <translation>流程清单</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="67" />
            <source>Rescan</source>
            <translation>重新扫描</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="69" />
            <source>Audit Pack…</source>
            <translation>审核资料包…</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="70" />
            <source>Write the PDF audit pack and its Excel workbook</source>
            <translation>生成 PDF 审核资料包及其 Excel 工作簿</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="73" />
            <source>%v of %m files</source>
            <translation>%v / %m 个文件</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="74" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="81" />
            <source>Search title, owner, file or gap…</source>
            <translation>搜索标题、负责人、文件或差距…</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="85" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="86" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="86" />
            <source>With gaps</source>
            <translation>有差距</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="87" />
            <source>Unreadable</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="89" />
            <source>Any readiness</source>
            <translation>全部准备情况</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="91" />
            <source>All classes</source>
            <translation>全部分类</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="137" />
            <source>Process Register — {0}</source>
            <translation>流程清单 — {0}</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="148" />
            <source>Scanning…</source>
            <translation>正在扫描…</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="175" />
            <source>{0} documents: {1} ready, {2} with gaps, {3} unreadable.</source>
            <translation>{0} 个文件：{1} 个就绪，{2} 个有差距，{3} 个无法读取。</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="180" />
            <source>The scan was cancelled; the list is incomplete.</source>
            <translation>扫描已取消，清单不完整。</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="186" />
            <source>The folder could not be scanned: {0}</source>
            <translation>无法扫描该文件夹：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="209" />
            <source>{0} cannot be read: {1}</source>
            <translation>{0} 无法读取：{1}</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="212" />
            <source>Gaps of {0}:</source>
            <translation>{0} 的差距：</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="215" />
            <source>{0} is ready for audit.</source>
            <translation>{0} 已可接受审核。</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="229" />
            <source>Write Audit Pack</source>
            <translation>生成审核资料包</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="230" />
            <source>PDF audit pack (*.pdf)</source>
            <translation>PDF 审核资料包 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="239" />
            <source>Writing the audit pack…</source>
            <translation>正在生成审核资料包…</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="246" />
            <source>Wrote {0} and {1}.</source>
            <translation>已生成 {0} 和 {1}。</translation>
        </message>
        <message>
            <location filename="../../ui/register_window.py" line="252" />
            <source>The audit pack could not be written: {0}</source>
            <translation>无法生成审核资料包：{0}</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="60" />
            <source>Save as Template</source>
            <translation>另存为模板</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="67" />
            <source>complaints, telecom, flattening</source>
            <translation>投诉, 电信, 扁平化</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="72" />
            <source>The whole document ({0} versions)</source>
            <translation>整个文档（{0} 个版本）</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="75" />
            <source>Only the version “{0}”</source>
            <translation>仅版本“{0}”</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="85" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="86" />
            <source>Description:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="87" />
            <source>Tags:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="88" />
            <source>Save into:</source>
            <translation>保存到：</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="89" />
            <source>Contents:</source>
            <translation>内容：</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="128" />
            <source>This name cannot be used: {0}</source>
            <translation>不能使用这个名称：{0}</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="133" />
            <source>The template was not saved. {0}</source>
            <translation>模板未保存。{0}</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="139" />
            <source>Saved as “{0}” in {1}.</source>
            <translation>已保存为“{0}”，位于 {1}。</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="141" />
            <source>A template named “{0}” is already in {1}, so this one was saved as “{2}”; both are kept.</source>
            <translation>{1} 中已有名为“{0}”的模板，因此这个模板保存为“{2}”；两个都保留。</translation>
        </message>
        <message>
            <location filename="../../ui/save_template_dialog.py" line="147" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>SimulatedComparison</name>
        <message>
            <location filename="../../ui/comparison_simulation.py" line="20" />
            <source>Simulate both with the same cases</source>
            <translation>用同一批案例仿真两个版本</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_simulation.py" line="24" />
            <source>Cases done within a lead time</source>
            <translation>在给定端到端时长内完成的案例占比</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_simulation.py" line="25" />
            <source>Cases keeping every time limit, per customer tier</source>
            <translation>各客户星级满足全部时限的案例占比</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_simulation.py" line="59" />
            <source>Simulating…</source>
            <translation>正在仿真…</translation>
        </message>
        <message>
            <location filename="../../ui/comparison_simulation.py" line="79" />
            <source>{cases} cases per version, seed {seed}; hours unless counted.</source>
            <translation>每个版本 {cases} 个案例，随机种子 {seed}；除计数外单位为小时。</translation>
        </message>
    </context>
    <context>
        <name>SimulationPanel</name>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="65" />
            <source>Triangular</source>
            <translation>三角分布</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="66" />
            <source>PERT</source>
            <translation>PERT 分布</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="68" />
            <source>not set</source>
            <translation>未设定</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="69" />
            <source>Working hours</source>
            <translation>工作时间</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="76" />
            <source>Cases</source>
            <translation>案例数</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="77" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="78" />
            <source>Ranges of duration</source>
            <translation>时长区间</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="79" />
            <source>Cases arriving per hour</source>
            <translation>每小时到达案例数</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="80" />
            <source>Calendar (Mon–Fri)</source>
            <translation>工作日历（周一至周五）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="82" />
            <source>Lane</source>
            <translation>泳道</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="82" />
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="86" />
            <source>People per lane (0: no queue)</source>
            <translation>各泳道人数（0：不排队）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="87" />
            <source>Tiers from a customer list…</source>
            <translation>按客户清单分级…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="89" />
            <source>Customer tiers</source>
            <translation>客户星级</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="94" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="95" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="106" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="106" />
            <source>Mean</source>
            <translation>平均</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="106" />
            <source>Max</source>
            <translation>最大</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="107" />
            <source>Wait</source>
            <translation>等待</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="107" />
            <source>Contacts</source>
            <translation>联系次数</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="115" />
            <source>Cases done within a lead time</source>
            <translation>在给定端到端时长内完成的案例占比</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="116" />
            <source>Cases keeping every time limit, per customer tier</source>
            <translation>各客户星级满足全部时限的案例占比</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="203" />
            <source>Customer list</source>
            <translation>客户清单</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="203" />
            <source>Customer lists (*.csv)</source>
            <translation>客户清单 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="214" />
            <source>Tiers from a customer list</source>
            <translation>按客户清单分级</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="222" />
            <source>Simulating…</source>
            <translation>正在仿真…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="228" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="258" />
            <source>Press Run to simulate every version with the same cases.</source>
            <translation>按“运行”，用同一批案例仿真每个版本。</translation>
        </message>
        <message>
            <location filename="../../ui/panels/simulation_panel.py" line="262" />
            <source>{cases} cases per version, seed {seed}; hours unless counted.</source>
            <translation>每个版本 {cases} 个案例，随机种子 {seed}；除计数外单位为小时。</translation>
        </message>
    </context>
    <context>
        <name>StartHint</name>
        <message>
            <location filename="../../ui/canvas/start_hint.py" line="31" />
            <source>Where to begin</source>
            <translation>从哪里开始</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/start_hint.py" line="34" />
            <source>Double-click in the customer lane to draw the first customer step: where the customer starts (calls, writes, comes in). Then connect each step to the next by dragging from its right edge.</source>
            <translation>在客户泳道中双击，画出第一个客户步骤：客户从哪里开始（来电、来信、上门）。然后从每个步骤的右边缘拖动，把它连到下一个步骤。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/start_hint.py" line="42" />
            <source>Start from a template…</source>
            <translation>从模板开始…</translation>
        </message>
    </context>
    <context>
        <name>TemplateActions</name>
        <message>
            <location filename="../../ui/template_actions.py" line="29" />
            <source>New from &amp;Template…</source>
            <translation>从模板新建(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/template_actions.py" line="32" />
            <source>Save as Te&amp;mplate…</source>
            <translation>另存为模板(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/template_actions.py" line="34" />
            <source>Template &amp;Folders…</source>
            <translation>模板文件夹(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/template_actions.py" line="75" />
            <source>Saved the template {0}</source>
            <translation>已保存模板 {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGallery</name>
        <message>
            <location filename="../../ui/template_gallery.py" line="83" />
            <source>New from Template</source>
            <translation>从模板新建</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="103" />
            <source>Search titles, descriptions and tags</source>
            <translation>搜索标题、说明和标签</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="110" />
            <source>All classes</source>
            <translation>所有分类</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="118" />
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="119" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="120" />
            <source>Class:</source>
            <translation>分类：</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="139" />
            <source>No template matches. Clear the search or a filter.</source>
            <translation>没有匹配的模板。请清除搜索词或筛选条件。</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="150" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="152" />
            <source>Drop a template file here to add it to the library.</source>
            <translation>把模板文件拖到这里，即可加入模板库。</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="155" />
            <source>Library folder:</source>
            <translation>模板库文件夹：</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="161" />
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="239" />
            <source>All languages</source>
            <translation>所有语言</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="278" />
            <source>All tags</source>
            <translation>所有标签</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="318" />
            <source>The template could not be opened</source>
            <translation>无法打开模板</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="342" />
            <source>Imported “{0}” into {1}.</source>
            <translation>已将“{0}”导入 {1}。</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="347" />
            <source>“{0}” was refused; nothing was written.</source>
            <translation>“{0}”被拒绝，未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="349" />
            <source>“{0}” was not imported; nothing was written.</source>
            <translation>“{0}”未导入，未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="354" />
            <source>Import templates</source>
            <translation>导入模板</translation>
        </message>
        <message>
            <location filename="../../ui/template_gallery.py" line="355" />
            <source>Process Workbench templates (*.pwb)</source>
            <translation>Process Workbench 模板 (*.pwb)</translation>
        </message>
    </context>
    <context>
        <name>TextField</name>
        <message>
            <location filename="../../ui/panels/forms.py" line="50" />
            <source>(several values)</source>
            <translation>（多个值）</translation>
        </message>
    </context>
    <context>
        <name>ValueLegend</name>
        <message>
            <location filename="../../ui/canvas/legend.py" line="28" />
            <source>Interaction with a KPI</source>
            <translation>有 KPI 的互动</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/legend.py" line="29" />
            <source>Interaction without a KPI</source>
            <translation>没有 KPI 的互动</translation>
        </message>
    </context>
    <context>
        <name>VariantRow</name>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="64" />
            <source>e.g. follow-up on a missed promise</source>
            <translation>如：承诺未兑现后的跟进</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="66" />
            <source>how to recognise it</source>
            <translation>如何识别</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="68" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="70" />
            <source>Variant</source>
            <translation>变体</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="71" />
            <source>Recognised by</source>
            <translation>识别依据</translation>
        </message>
        <message>
            <location filename="../../ui/panels/checklist_forms.py" line="72" />
            <source>Its path starts at</source>
            <translation>路径起点</translation>
        </message>
    </context>
    <context>
        <name>canvas</name>
        <message>
            <location filename="../../ui/canvas/arrange.py" line="30" />
            <source>There are no steps to lay out.</source>
            <translation>没有可布局的步骤。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/arrange.py" line="45" />
            <source>The flow is already laid out.</source>
            <translation>流程已经排好了。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/arrange.py" line="47" />
            <location filename="../../ui/canvas/context_menu.py" line="232" />
            <source>Auto-layout</source>
            <translation>自动布局</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/arrange.py" line="50" />
            <source>Laid out: steps in columns along the flow, each in its lane.</source>
            <translation>已自动排版：步骤沿流程分列排列，各留在自己的泳道中。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/clipboard.py" line="47" />
            <source>Select the steps to copy first.</source>
            <translation>请先选择要复制的步骤。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/clipboard.py" line="61" />
            <location filename="../../ui/canvas/context_menu.py" line="95" />
            <source>Cut</source>
            <translation>剪切</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/clipboard.py" line="68" />
            <source>The clipboard holds no steps to paste.</source>
            <translation>剪贴板里没有可粘贴的步骤。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/clipboard.py" line="73" />
            <source>Cannot paste: {reason}</source>
            <translation>无法粘贴：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/clipboard.py" line="75" />
            <location filename="../../ui/canvas/context_menu.py" line="230" />
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/clipboard.py" line="82" />
            <source>Select the steps to duplicate first.</source>
            <translation>请先选择要创建副本的步骤。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/clipboard.py" line="84" />
            <location filename="../../ui/canvas/context_menu.py" line="97" />
            <source>Duplicate</source>
            <translation>创建副本</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="96" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="98" />
            <location filename="../../ui/canvas/context_menu.py" line="159" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="100" />
            <source>Value class</source>
            <translation>增值分类</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="105" />
            <location filename="../../ui/canvas/context_menu.py" line="111" />
            <source>Set value class</source>
            <translation>设置增值分类</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="110" />
            <source>Not classed</source>
            <translation>未分类</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="115" />
            <source>Waste kind</source>
            <translation>浪费类型</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="121" />
            <source>Set waste kind</source>
            <translation>设置浪费类型</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="129" />
            <source>Mark fail point</source>
            <translation>标记易错点</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="133" />
            <location filename="../../ui/canvas/context_menu.py" line="165" />
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="158" />
            <source>Edit label</source>
            <translation>编辑标签</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="166" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="176" />
            <source>Add lane above</source>
            <translation>在上方添加泳道</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="177" />
            <source>Add lane below</source>
            <translation>在下方添加泳道</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="179" />
            <location filename="../../ui/canvas/context_menu.py" line="222" />
            <source>Delete lane</source>
            <translation>删除泳道</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="192" />
            <source>Change lane kind</source>
            <translation>更改泳道类型</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="213" />
            <source>New lane</source>
            <translation>新泳道</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/context_menu.py" line="229" />
            <source>Add lane</source>
            <translation>添加泳道</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/gestures.py" line="55" />
            <source>Customer lanes stay above the line of interaction.</source>
            <translation>客户泳道须保持在互动线以上。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/gestures.py" line="230" />
            <source>Steps go into a lane: click inside one.</source>
            <translation>步骤要放在泳道里：请在泳道内点击。</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/gestures.py" line="285" />
            <location filename="../../ui/canvas/gestures.py" line="302" />
            <source>Cannot connect: {reason}</source>
            <translation>无法连接：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/kpi_marker.py" line="46" />
            <source>Interaction without a KPI</source>
            <translation>没有 KPI 的互动</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/kpi_marker.py" line="47" />
            <source>KPI: {names}</source>
            <translation>KPI：{names}</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/style.py" line="63" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/style.py" line="64" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/style.py" line="65" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/style.py" line="66" />
            <source>Decision</source>
            <translation>判断</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/style.py" line="67" />
            <source>Parallel</source>
            <translation>并行</translation>
        </message>
        <message>
            <location filename="../../ui/canvas/style.py" line="68" />
            <source>Wait</source>
            <translation>等待</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../ui/commands.py" line="111" />
            <source>Change step</source>
            <translation>修改步骤</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="124" />
            <source>Change flow</source>
            <translation>修改连线</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="137" />
            <source>Change lane</source>
            <translation>修改泳道</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="150" />
            <source>Change KPI</source>
            <translation>修改 KPI</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="160" />
            <source>Change document details</source>
            <translation>修改文档信息</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="171" />
            <source>Choose the version in operation</source>
            <translation>选择运行中的版本</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="186" />
            <source>Change simulation settings</source>
            <translation>修改仿真设置</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="197" />
            <source>Change customer tier</source>
            <translation>修改客户星级</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="209" />
            <source>Change goal</source>
            <translation>修改目标</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="221" />
            <source>Change checklist item</source>
            <translation>修改四要素条目</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="235" />
            <location filename="../../ui/panels/panel_commands.py" line="42" />
            <source>Change version</source>
            <translation>修改版本</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="262" />
            <source>Add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="271" />
            <source>Connect steps</source>
            <translation>连接步骤</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="282" />
            <source>Add lane</source>
            <translation>添加泳道</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="291" />
            <source>Add KPI</source>
            <translation>添加 KPI</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="302" />
            <source>Add KPI for the goal</source>
            <translation>为目标添加 KPI</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="314" />
            <source>Add checklist item</source>
            <translation>添加四要素条目</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="328" />
            <source>Remove checklist item</source>
            <translation>删除四要素条目</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="352" />
            <source>Move step</source>
            <translation>移动步骤</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="352" />
            <source>Move steps</source>
            <translation>移动多个步骤</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="366" />
            <source>Reorder lanes</source>
            <translation>调整泳道顺序</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="384" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="422" />
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="441" />
            <source>Add version</source>
            <translation>添加版本</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="457" />
            <source>New version from this one</source>
            <translation>基于此版本新建版本</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="478" />
            <source>Delete version</source>
            <translation>删除版本</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../ui/help_texts.py" line="22" />
            <source>Lanes: who does what</source>
            <translation>泳道：谁做什么</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="23" />
            <source>Each lane is an actor. Customer lanes sit on top, above the line of interaction; below it the frontstage roles the customer deals with, then, below the line of visibility, the backstage roles and the supporting systems and departments. Right-click a lane's header to rename it, change its kind or add a lane.</source>
            <translation>每条泳道是一个角色。客户泳道在最上面，位于互动线之上；互动线之下是客户直接打交道的前台角色；可视线之下是后台角色，以及提供支持的系统和部门。右键单击泳道标题可以重命名、更改类型或添加泳道。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="32" />
            <source>Steps and flows</source>
            <translation>步骤与连线</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="33" />
            <source>Pick a tool in the palette (Task, Decision, Parallel, Wait, Start, End) and click in a lane, or double-click a lane to add a task. Drag from a step's border to another step to connect them. Give each decision's branches a label and a probability.</source>
            <translation>在工具栏中选一个工具（任务、判断、并行、等待、开始、结束），再单击泳道；或双击泳道添加一个任务。从步骤的边框拖到另一个步骤即可连接两者。给每个判断的分支写上标签和概率。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="41" />
            <source>Value and waste</source>
            <translation>增值与浪费</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="42" />
            <source>Select a step in a customer lane and class it in the Properties panel or by right-clicking it: value (the customer would pay for it), necessary (required, adds no value) or waste, with the kind of waste.</source>
            <translation>选中客户泳道中的一个步骤，在属性面板中或右键单击它来分类：增值（客户愿意为之付费）、必要（不得不做，但不增值）或浪费，并注明浪费类型。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="49" />
            <source>The four elements</source>
            <translation>流程四要素</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="50" />
            <source>In the Four elements panel write the goal in the customer's terms, the inputs with their variants, the outputs (judged: do they satisfy the customer, do they push work onto the customer?) and the activities with their standards. The score and the gaps follow as you write.</source>
            <translation>在“流程四要素”面板中，用客户的语言写下目标，写下输入及其各种情形、输出（并判断：是否让客户满意？是否把工作推给了客户？）以及各项活动及其标准。完成度和缺口随填写即时更新。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="58" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="59" />
            <source>Select an interaction (a flow across the line of interaction) and press Add KPI in the KPIs panel, or pick one of the common contact-centre KPIs from its menu. Findings lists the interactions still without a KPI.</source>
            <translation>选中一个互动（穿过互动线的连线），在 KPI 面板中点击“添加 KPI”，或从其菜单中选择一个常用的客服中心 KPI。检查结果会列出还没有 KPI 的互动。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="66" />
            <source>As-is and to-be</source>
            <translation>现状与优化后</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="67" />
            <source>Version ▸ New Version from This One copies the flow to redesign it; Version ▸ Compare Versions lists every measure of the two side by side, with what moved the right way.</source>
            <translation>“版本 ▸ 基于此版本新建版本”复制流程，以便重新设计；“版本 ▸ 比较版本”把两个版本的每项度量并排列出，并标出哪些朝好的方向变化。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="74" />
            <source>Sharing the result</source>
            <translation>分享成果</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="75" />
            <source>The File menu exports an Excel workbook, a PDF report or a BPMN file, and saves a process as a template for other teams.</source>
            <translation>“文件”菜单可导出 Excel 工作簿、PDF 报告或 BPMN 文件，也可把流程另存为模板供其他团队使用。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="86" />
            <source>Del, Backspace</source>
            <translation>Del、Backspace</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="86" />
            <source>Delete the selected steps and flows</source>
            <translation>删除选中的步骤和连线</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="87" />
            <source>F2, double-click a step</source>
            <translation>F2、双击步骤</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="87" />
            <source>Edit the step's label</source>
            <translation>编辑步骤的标签</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="88" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="88" />
            <source>Cancel the gesture, go back to Select and clear the selection</source>
            <translation>取消当前操作，回到“选择”工具并清除选择</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="89" />
            <source>Ctrl+A</source>
            <translation>Ctrl+A</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="89" />
            <source>Select all steps and flows</source>
            <translation>选中所有步骤和连线</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="90" />
            <source>Space + drag</source>
            <translation>空格 + 拖动</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="90" />
            <source>Move the view</source>
            <translation>移动视图</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="91" />
            <source>Ctrl + mouse wheel</source>
            <translation>Ctrl + 鼠标滚轮</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="91" />
            <source>Zoom in and out</source>
            <translation>放大和缩小</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="92" />
            <source>Drag from a step's border</source>
            <translation>从步骤边框拖动</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="92" />
            <source>Connect it to another step</source>
            <translation>把它连接到另一个步骤</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="93" />
            <source>Double-click a lane</source>
            <translation>双击泳道</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="93" />
            <source>Add a task there</source>
            <translation>在该处添加任务</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="94" />
            <source>Right-click</source>
            <translation>右键单击</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="94" />
            <source>The menu for the step, flow, lane or canvas under the mouse</source>
            <translation>打开鼠标下的步骤、连线、泳道或画布的菜单</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="101" />
            <source>Counts the task nodes of every lane. Start, end, decision, parallel and wait nodes are not steps.</source>
            <translation>统计所有泳道中的任务节点。开始、结束、判断、并行和等待节点不算步骤。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="105" />
            <source>Counts the task nodes in customer lanes.</source>
            <translation>统计客户泳道中的任务节点。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="106" />
            <source>Counts the customer steps classed as value; a wait in a customer lane counts too when it is classed as value.</source>
            <translation>统计被分类为增值的客户步骤；客户泳道中的等待若被分类为增值，也计入。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="110" />
            <source>Counts the customer steps classed as necessary; a wait in a customer lane counts too when it is classed as necessary.</source>
            <translation>统计被分类为必要的客户步骤；客户泳道中的等待若被分类为必要，也计入。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="114" />
            <source>Counts the customer steps classed as waste, whatever the kind of waste. A wait in a customer lane counts here, as waste of kind waiting, unless it is classed otherwise.</source>
            <translation>统计被分类为浪费的客户步骤，不论浪费类型。客户泳道中的等待除非另行分类，都作为“浪费—等待”计入此项。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="119" />
            <source>Per case: each value step's duration times how often cases pass it (a decision's branch by its probability, a loop as often as cases go round it), added up.</source>
            <translation>按每个工单计：每个增值步骤的时长乘以工单经过它的次数（判断的分支按概率计，循环按工单绕行的次数计），再相加。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="124" />
            <source>Per case: each necessary step's duration times how often cases pass it, added up.</source>
            <translation>按每个工单计：每个必要步骤的时长乘以工单经过它的次数，再相加。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="128" />
            <source>Per case: each waste step's duration (customer waits included) times how often cases pass it, added up.</source>
            <translation>按每个工单计：每个浪费步骤（含客户等待）的时长乘以工单经过它的次数，再相加。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="132" />
            <source>Counts the flows that cross the line of interaction: from a customer lane to a non-customer lane, or back.</source>
            <translation>统计穿过互动线的连线：从客户泳道到非客户泳道，或反方向。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="136" />
            <source>Counts the interactions that start in a customer lane. A customer step reached only from the role it then answers (the department calls, the customer tells it the need) is a reply, not a contact the customer starts.</source>
            <translation>统计从客户泳道发起的互动。如果一个客户步骤只由它随后答复的角色引出（部门来电，客户告诉对方需求），那是答复，不算客户主动发起的联络。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="141" />
            <source>Counts the distinct non-customer lanes that share at least one interaction with a customer lane. Information only, neither higher nor lower is better in itself: letting the doer talk to the customer can be the point of a redesign.</source>
            <translation>统计与客户泳道至少有一个互动的不同非客户泳道。仅供参考，数值高低本身无所谓好坏：让实际办事的人直接与客户沟通，可能正是改进的目的。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="146" />
            <source>Counts the distinct non-customer lanes that receive an interaction started in a customer lane: the parties the customer has to chase. A one-stop service has 1. A role that only calls the customer back is not counted.</source>
            <translation>统计接收客户泳道发起的互动的不同非客户泳道，即客户不得不去追问的各方。一站式服务为 1。只回电给客户的角色不计入。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="151" />
            <source>Counts the flows between two different non-customer lanes, support lanes included. A look-up in an IT system belongs on the task as its IT system, not in a lane of its own, so it is not a hand-off.</source>
            <translation>统计两条不同的非客户泳道之间的连线，包括支持泳道。在 IT 系统中查询应作为任务所用的 IT 系统记录在任务上，而不是单独一条泳道，所以不算交接。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="156" />
            <source>Counts the hand-offs A → B where another step of B's lane can reach A without passing through that step of B: the work comes back to a lane it already visited. A linear chain agent → expert → department → expert → agent has 2; flattened so the agent works with the department directly, 1. Consulting a colleague who sends the case straight back (A → B → A) counts once, the honest cost of the consultation.</source>
            <translation>统计这样的交接 A → B：B 所在泳道的另一个步骤不经过 B 的这个步骤就能到达 A，也就是工作又回到了已经经过的泳道。线性链条“坐席 → 专家 → 部门 → 专家 → 坐席”有 2 次；扁平化后坐席直接与部门协作，为 1 次。向同事咨询、对方直接把工单交回（A → B → A）计 1 次，这是咨询实实在在的代价。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="164" />
            <source>The expected time from start to end over many cases: each decision's branches weighted by their probabilities, loops included as often as cases go round them. A parallel block counts its slowest branch, a lower bound of the true expected time.</source>
            <translation>大量工单从开始到结束的期望时间：每个判断的分支按概率加权，循环按工单实际绕行的次数计入。并行块按最慢的分支计，是真实期望时间的下限。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="170" />
            <source>The longest path of step durations from a start to an end, visiting each step at most once (without rework); a parallel block counts its slowest branch.</source>
            <translation>从开始到结束、按步骤时长计的最长路径，每个步骤最多经过一次（不含返工）；并行块按最慢的分支计。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="174" />
            <source>The expected time per case the customer spends in customer-lane steps classed as waste of kind waiting (a customer wait is, unless classed otherwise), each counted as often as cases pass it.</source>
            <translation>每个工单中，客户在被分类为“浪费—等待”的客户泳道步骤上花费的期望时间（客户等待除非另行分类，都属此类），每个步骤按工单经过的次数计入。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="179" />
            <source>The expected time per case in customer steps classed as value, divided by the expected lead time. A value step inside a loop counts as often as cases pass it.</source>
            <translation>每个工单在增值客户步骤上的期望时间，除以端到端时长（期望值）。循环中的增值步骤按工单经过的次数计入。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="183" />
            <source>Per case, how often the customer is expected to reach out: each contact counts with the share of cases that take it, and as often as they pass it in a loop.</source>
            <translation>每个工单中客户预计主动联络的次数：每次联络按走这条路的工单比例计入，在循环中按经过的次数计入。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="187" />
            <source>The share of the four elements' items (goal, inputs, outputs, activities) that are complete; the Four elements panel lists the gaps.</source>
            <translation>流程四要素（目标、输入、输出、活动）中已完成条目所占的比例；“流程四要素”面板列出缺口。</translation>
        </message>
        <message>
            <location filename="../../ui/help_texts.py" line="191" />
            <source>The share of interactions that have at least one KPI with a target.</source>
            <translation>至少有一个设定了目标值的 KPI 的互动所占的比例。</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../ui/panels/labels.py" line="27" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="28" />
            <source>Frontstage (customer deals with)</source>
            <translation>前台（客户直接打交道）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="29" />
            <source>Backstage (customer never sees)</source>
            <translation>后台（客户看不到）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="30" />
            <source>Support (systems, other departments)</source>
            <translation>支持（系统、其他部门）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="36" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="37" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="38" />
            <source>Decision</source>
            <translation>判断</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="39" />
            <source>Parallel (fork / join)</source>
            <translation>并行（分支 / 汇合）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="40" />
            <source>Wait</source>
            <translation>等待</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="41" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="47" />
            <source>Not classed</source>
            <translation>未分类</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="48" />
            <source>Value (customer would pay for it)</source>
            <translation>增值（客户愿意为此付费）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="49" />
            <source>Necessary (required, adds no value)</source>
            <translation>必要（必须做，但不增值）</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="50" />
            <source>Waste</source>
            <translation>浪费</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="56" />
            <source>Not named</source>
            <translation>未指明</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="57" />
            <source>Waiting</source>
            <translation>等待</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="58" />
            <source>Repeat contact</source>
            <translation>重复联络</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="59" />
            <source>Hand-off</source>
            <translation>交接</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="60" />
            <source>Rework</source>
            <translation>返工</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="61" />
            <source>Customer does our work</source>
            <translation>客户替我们干活</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="62" />
            <source>Over-processing</source>
            <translation>过度处理</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="63" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="69" />
            <source>seconds</source>
            <translation>秒</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="70" />
            <source>minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="71" />
            <source>hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="72" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="73" />
            <source>weeks</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="79" />
            <source>Key customer service process</source>
            <translation>关键客户服务流程</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="80" />
            <source>Key support process</source>
            <translation>关键支持流程</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="81" />
            <source>Management process</source>
            <translation>管理流程</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="87" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="88" />
            <source>In review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="89" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="90" />
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="95" />
            <source>Higher is better</source>
            <translation>越高越好</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="95" />
            <source>Lower is better</source>
            <translation>越低越好</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="104" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="105" />
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="106" />
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="107" />
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="108" />
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="114" />
            <source>System data</source>
            <translation>系统数据</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="115" />
            <source>Sampling</source>
            <translation>抽样</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="116" />
            <source>Survey</source>
            <translation>调研</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="121" />
            <source>Not judged</source>
            <translation>未判断</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="121" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/panels/labels.py" line="121" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
</TS>
